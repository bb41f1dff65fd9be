import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { variantLocator } from './shared';

/** GET /products/variants/{variant}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a product variant\'s price, stock and SKU',
	action: 'Get a product variant',
	method: 'GET',
	path: '/products/variants/{variant}',
	scope: 'products.read',
	postReceive: [unwrapData],
	fields: [variantLocator()],
});
