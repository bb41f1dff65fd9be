import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { brand } from './shared';

/** GET /brands/{brand}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a brand with its details',
	action: 'Get a brand',
	method: 'GET',
	path: '/brands/{brand}',
	scope: 'brands.read',
	postReceive: [unwrapData],
	fields: [brand],
});
