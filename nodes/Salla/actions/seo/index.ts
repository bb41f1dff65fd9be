import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { update } from './update.operation';

/**
 * The store's SEO settings (`/seo`). Products' and categories' own SEO fields are on their Create and
 * Update.
 *
 * Known limits: Salla spells the sitemap refresh `refersh_sitemap` (sic), a boolean in the request
 * and a link in the answer; the node sends Salla's spelling. The settings take one language a
 * request (the store's default, or the Accept-Language Salla documents for multi-language stores,
 * which the node does not set).
 */
export const seo = defineResource({
	value: 'seo',
	name: 'SEO',
	defaultOperation: get.value,
	operations: [get, update],
});
