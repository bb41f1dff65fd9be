import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { getAll } from './getAll.operation';

/** Tax rates (`/taxes`). */
export const tax = defineResource({
	value: 'tax',
	name: 'Tax',
	defaultOperation: getAll.value,
	operations: [create, getAll],
});
