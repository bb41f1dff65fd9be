import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteBranch } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { setDefault } from './setDefault.operation';
import { update } from './update.operation';

/**
 * Branches and warehouses (`/branches`).
 *
 * Known limits: Salla documents no Set Default endpoint: Set Default sends Update Branch with
 * `is_default` alone (Update's Default Branch does the same among other fields). `location` is described as "longitude, latitude" while Salla's example and
 * answers put latitude first: the node sends `lat,lng` like the example. The schema marks Building and
 * Additional Number optional while Salla's 422 example lists them as required: the node sends them
 * when given (4 digits) and lets Salla decide. Working hours are required for a branch per the schema
 * (not for a warehouse); a day off is sent as `{"enabled": "off"}`, which the docs do not show.
 * `cod_cost` is sent as text, as the schema says.
 */
export const branch = defineResource({
	value: 'branch',
	name: 'Branch',
	defaultOperation: getAll.value,
	operations: [create, deleteBranch, get, getAll, setDefault, update],
});
