import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Store settings (`/settings`), by entity and slug.
 *
 * Known limits: Salla lists settings only per entity, so the setting picker asks for every entity
 * (nine requests) unless the search starts with one ("orders."). Settings of type `form` hold
 * several fields; Salla's Update page documents only boolean, text and list values, which is what
 * the node sends. Setting Details answers a shape that depends on the setting: it is output as it comes.
 */
export const setting = defineResource({
	value: 'setting',
	name: 'Setting',
	defaultOperation: getAll.value,
	operations: [get, getAll, update],
});
