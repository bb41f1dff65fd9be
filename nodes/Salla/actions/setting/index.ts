import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * The store's settings (`/settings`), by entity and by slug.
 *
 * Known limits: docs/resources/setting.md (its hand-written section).
 */
export const setting = defineResource({
	value: 'setting',
	name: 'Setting',
	defaultOperation: getAll.value,
	operations: [get, getAll, update],
});
