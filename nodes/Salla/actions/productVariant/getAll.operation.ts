import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { productLocator } from '../product/shared';

/** GET /products/{product}/variants: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the variants of a product',
	action: 'Get many product variants',
	method: 'GET',
	path: '/products/{product}/variants',
	scope: 'products.read',
	list: true,
	fields: [productLocator(), ...returnAllLimit()],
});
