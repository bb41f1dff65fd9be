import { defineResource } from '../../common/operation';
import { add } from './add.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * The store's languages (`/languages`).
 *
 * Known limits: docs/resources/language.md (its hand-written section).
 */
export const language = defineResource({
	value: 'language',
	name: 'Language',
	defaultOperation: getAll.value,
	operations: [add, getAll, update],
});
