import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/**
 * Salla's countries (`/countries`), read-only: the IDs that addresses, taxes and shipping zones use.
 *
 * Known limits: docs/resources/country.md (its hand-written section).
 */
export const country = defineResource({
	value: 'country',
	name: 'Country',
	defaultOperation: getAll.value,
	operations: [get, getAll],
});
