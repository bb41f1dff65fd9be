import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { taxLocator } from './shared';

/** GET /taxes/{tax}: `{id, tax, status, country}`. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a tax rate',
	action: 'Get a tax',
	method: 'GET',
	path: '/taxes/{tax}',
	scope: 'taxes.read',
	postReceive: [unwrapData],
	fields: [taxLocator],
});
