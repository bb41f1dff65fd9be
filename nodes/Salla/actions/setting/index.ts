import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * The store's settings (`/settings`), by entity and by slug.
 *
 * Known limits: Update sends a value only for the setting types the page documents (`boolean`,
 * `string`, `dropdown`); settings of type `form` or `object` (receiving times, default weight) have
 * no documented body and cannot be changed here. Setting Details' error example names the scope
 * `exports.read_write` while its Scopes section names `store-settings.read`: the node lists the
 * latter. Its examples answer some settings inside `data` and some bare: the node outputs either.
 * The entity `marketing` is not in the page's enum but in its examples; `store` is in the enum but
 * in no example. The setting picker skips an entity Salla refuses (422).
 */
export const setting = defineResource({
	value: 'setting',
	name: 'Setting',
	defaultOperation: getAll.value,
	operations: [get, getAll, update],
});
