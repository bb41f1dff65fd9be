import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteTax } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Tax rates (`/taxes`).
 *
 * Known limits: Salla takes the rate as text ("15") and answers it as a number. Update requires the
 * rate, so it is always sent. Delete's page shows HTTP 200 with `status: 202` in the body; any 2xx is
 * taken as done.
 */
export const tax = defineResource({
	value: 'tax',
	name: 'Tax',
	defaultOperation: getAll.value,
	operations: [create, deleteTax, get, getAll, update],
});
