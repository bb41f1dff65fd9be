import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shippingCompany } from './shared';

/** GET /shipping/companies/{company_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a shipping company with its slug and how it is activated',
	action: 'Get a shipping company',
	method: 'GET',
	path: '/shipping/companies/{company_id}',
	scope: 'shipping.read',
	postReceive: [unwrapData],
	fields: [shippingCompany],
});
