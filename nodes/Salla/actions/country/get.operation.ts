import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { country } from './shared';

/** GET /countries/{country}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a country with its code, mobile code and capital',
	action: 'Get a country',
	method: 'GET',
	path: '/countries/{country}',
	scope: 'metadata.read',
	postReceive: [unwrapData],
	fields: [country],
});
