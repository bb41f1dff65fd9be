import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /currencies/available: every currency the store could activate, by country. */
export const getAvailable = defineOperation({
	value: 'getAvailable',
	name: 'Get Available',
	description: 'Get the currencies the store can activate, with their codes and countries',
	action: 'Get available currencies',
	method: 'GET',
	path: '/currencies/available',
	scope: 'metadata.read',
	list: true,
	fields: [...returnAllLimit()],
});
