import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * The store's SEO settings (`/seo`). Products' and categories' own SEO fields are on their Create and
 * Update.
 *
 * Known limits: docs/resources/seo.md (its hand-written section).
 */
export const seo = defineResource({
	value: 'seo',
	name: 'SEO',
	defaultOperation: get.value,
	operations: [get, update],
});
