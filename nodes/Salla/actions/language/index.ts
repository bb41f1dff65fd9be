import { defineResource } from '../../common/operation';
import { add } from './add.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * The store's languages (`/languages`).
 *
 * Known limits: Update Language's path parameter is named `locale` and typed as text, while its
 * description calls it the language's ID. The language picker gives the ISO code (`fr`), as the
 * name says; By Code also takes a whole number, sent as it is, in case Salla wants the ID. Add
 * Language's schema types `sort_order` as text and Update's as a number: each is sent as its page
 * says. Salla documents no Get of one language and no removal.
 */
export const language = defineResource({
	value: 'language',
	name: 'Language',
	defaultOperation: getAll.value,
	operations: [add, getAll, update],
});
