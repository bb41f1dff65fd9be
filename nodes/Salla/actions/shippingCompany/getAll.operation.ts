import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/**
 * GET /shipping/companies: the store's shipping companies (the same list fills the Shipping Company
 * pickers of Shipment → Create and Order → Create). Every page with Return All, 60 a page.
 */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s shipping companies with their IDs and slugs',
	action: 'Get many shipping companies',
	method: 'GET',
	path: '/shipping/companies',
	scope: 'shipping.read',
	list: true,
	fields: returnAllLimit(),
});
