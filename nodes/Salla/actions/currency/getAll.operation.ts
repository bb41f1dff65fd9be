import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /currencies: the store's currencies with their status (enabled or disabled). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s currencies and whether each is enabled',
	action: 'Get many currencies',
	method: 'GET',
	path: '/currencies',
	scope: 'metadata.read',
	list: true,
	fields: [...returnAllLimit()],
});
