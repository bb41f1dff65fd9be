import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { sallaApiRequest } from '../../../shared/http/door';
import { hasPageAfter, MAX_PAGE_SIZE } from '../../../shared/http/pages';
import { toId } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { listSearchPicker } from '../../common/search';

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
 * search term, so each page is filtered here on the product name, variant name, SKU or exact ID.
 */
export async function searchVariants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) || 1;
	const wanted = filter?.trim().toLowerCase();
	const response = await sallaApiRequest.call(this, 'GET', '/products/quantities', { page, per_page: MAX_PAGE_SIZE });
	const rows = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
	const results = rows.flatMap((row) => {
		const id = toId(row.sku_id);
		if (id === undefined) return [];
		const sku = text(row.sku);
		const name = [text(row.name), text(row.variant)].filter(Boolean).join(' · ') + (sku ? ` (${sku})` : '');
		if (wanted && !name.toLowerCase().includes(wanted) && String(id) !== wanted) return [];
		return [{ name: name || String(id), value: String(id) }];
	});
	return { results, paginationToken: hasPageAfter(response.pagination, page) ? String(page + 1) : undefined };
}

export const variantSearch = listSearchPicker('searchVariants', searchVariants);
