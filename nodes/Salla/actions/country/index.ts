import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/** Countries (`/countries`, scope metadata.read). */
export const country = defineResource({
	value: 'country',
	name: 'Country',
	defaultOperation: getAll.value,
	operations: [get, getAll],
});
