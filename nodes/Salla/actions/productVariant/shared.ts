import type { INodeProperties } from 'n8n-workflow';

import { toId } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/**
 * The variant picker Product Variant operations and Product → Update Stock share. A variant is what
 * Salla calls a SKU of a product with options (its `skus[].id`).
 */

export function variantLocator(shownWhen?: INodeProperties['displayOptions']): INodeProperties {
	const field = recordLocator({
		name: 'variant',
		displayName: 'Variant',
		noun: 'variant',
		example: '652911549',
		search: variantSearch,
		description: 'The product variant (one combination of options, such as Size L · Blue)',
	});
	// Shown for one choice of another field: checked by the node, not `required` (an expression may make the choice).
	if (shownWhen) Object.assign(field, { displayOptions: shownWhen, required: false });
	return field;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/**
 * "From list" of variants: Salla's store-wide stock list (GET /products/quantities), one row per
 * product or variant; only rows with a variant ID (`sku_id`) are variants. Salla's page documents no
 * search term, so each page is filtered on the product name, variant name, SKU or exact ID.
 */
export const variantSearch = searchList('searchVariants', {
	path: '/products/quantities',
	value: (row) => (toId(row.sku_id) === undefined ? undefined : String(toId(row.sku_id))),
	name: (row) => {
		const sku = text(row.sku);
		const name = [text(row.name), text(row.variant)].filter(Boolean).join(' · ') + (sku ? ` (${sku})` : '');
		return name || String(toId(row.sku_id));
	},
});
