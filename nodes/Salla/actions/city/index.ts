import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/** Cities of a country (`/countries/{country}/cities`, scope metadata.read). */
export const city = defineResource({
	value: 'city',
	name: 'City',
	defaultOperation: getAll.value,
	operations: [getAll],
});
