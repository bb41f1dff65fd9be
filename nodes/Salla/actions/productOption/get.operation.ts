import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { optionLocator, productForList } from './shared';

/** GET /products/options/{option}: the option with its values and variants (`skus`). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a product option with its values and variants',
	action: 'Get a product option',
	method: 'GET',
	path: '/products/options/{option}',
	scope: 'products.read',
	postReceive: [unwrapData],
	fields: [productForList, optionLocator()],
});
