import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { country } from '../country/shared';

/** GET /countries/{country}/cities: one item per city (Salla's `country` beside the list is not output). */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the cities of a country',
	action: 'Get many cities',
	method: 'GET',
	path: '/countries/{country}/cities',
	scope: 'metadata.read',
	list: true,
	fields: [country, ...returnAllLimit()],
});
