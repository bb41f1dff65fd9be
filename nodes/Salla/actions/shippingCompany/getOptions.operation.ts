import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shippingCompany } from './shared';

/**
 * GET /shipping/companies/{company_id}/options: the options a company's label (AWB) takes, one item
 * each (`name`, `label`, `type`, `required`, `options`); their names are the keys of a shipment's
 * Policy Options. The page names no scope: shipping.read is assumed.
 */
export const getOptions = defineOperation({
	value: 'getOptions',
	name: 'Get Label Options',
	description: 'Get the options a shipping company asks for when a shipment\'s label is issued',
	action: 'Get a shipping company\'s label options',
	method: 'GET',
	path: '/shipping/companies/{company_id}/options',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [shippingCompany],
});
