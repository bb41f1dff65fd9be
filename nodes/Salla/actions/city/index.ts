import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * The cities of a country (`/countries/{country}/cities`), read-only: the IDs that addresses and
 * shipping use.
 *
 * Known limits: Salla's answer also carries the country (`country` beside `data`); the node outputs
 * the cities only, each with its `country_id`. Salla documents no search by name: use Return All and
 * filter in n8n.
 */
export const city = defineResource({
	value: 'city',
	name: 'City',
	defaultOperation: getAll.value,
	operations: [getAll],
});
