import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * The cities of a country (`/countries/{country}/cities`), read-only: the IDs that addresses and
 * shipping use.
 *
 * Known limits: docs/resources/city.md (its hand-written section).
 */
export const city = defineResource({
	value: 'city',
	name: 'City',
	defaultOperation: getAll.value,
	operations: [getAll],
});
