import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /countries: every country Salla knows, with its code, mobile code and capital. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the countries Salla knows, with their codes and mobile codes',
	action: 'Get many countries',
	method: 'GET',
	path: '/countries',
	scope: 'metadata.read',
	list: true,
	fields: [...returnAllLimit()],
});
