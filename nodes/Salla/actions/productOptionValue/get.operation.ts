import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productForList, valueLocator } from '../productOption/shared';
import { optionForList } from './shared';

/** GET /products/options/values/{value}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a value of a product option',
	action: 'Get a product option value',
	method: 'GET',
	path: '/products/options/values/{value}',
	scope: 'products.read',
	postReceive: [unwrapData],
	fields: [productForList, optionForList, valueLocator],
});
