import { defineResource } from '../../common/operation';
import { add } from './add.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * The store's languages (`/languages`).
 *
 * Known limits: Add Language types `sort_order` as text (its example sends "1") while Update Language
 * types it as a whole number: each is sent as its page says. Update Language's page calls `{locale}`
 * an ID while its example uses the ISO code: the node sends the code.
 */
export const language = defineResource({
	value: 'language',
	name: 'Language',
	defaultOperation: getAll.value,
	operations: [add, getAll, update],
});
