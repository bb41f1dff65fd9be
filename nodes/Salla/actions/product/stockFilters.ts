import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idList, optionalText, requireId } from '../../../shared/validate';
import { filtersCollection } from '../../common/filters';
import { loadWith } from '../../common/search';
import { branchDropdown } from '../branch/shared';
import { brandOptions } from '../brand/shared';
import { categoryOptions } from '../category/shared';
import { productTagOptions } from '../productTag/shared';

/**
 * The filters Get Quantities and Get Stock History share: Salla's `keyword`, `categories[]`,
 * `brands[]`, `tags[]` (as its pages write them) and `branch`.
 */

const ids = (displayName: string, name: string, picker: Parameters<typeof loadWith>[0], what: string): INodeProperties => ({
	displayName,
	name,
	type: 'multiOptions',
	typeOptions: loadWith(picker),
	default: [],
	description: `Only products in these ${what}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

export const stockFilters = filtersCollection([
	branchDropdown('branch', 'Only the stock of this branch'),
	ids('Brand Names or IDs', 'brands', brandOptions, 'brands'),
	ids('Category Names or IDs', 'categories', categoryOptions, 'categories'),
	{
		displayName: 'Search',
		name: 'keyword',
		type: 'string',
		default: '',
		placeholder: 'e.g. T-Shirt',
		description: 'Only products whose name or SKU matches this text',
	},
	ids('Tag Names or IDs', 'tags', productTagOptions, 'tags'),
]);

export async function sendStockFilters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) ?? {}) as IDataObject;
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Search', filters.keyword);
	if (keyword) qs.keyword = keyword;
	for (const [key, label] of [
		['categories', 'Category Names or IDs'],
		['brands', 'Brand Names or IDs'],
		['tags', 'Tag Names or IDs'],
	] as const) {
		const list = idList(this, label, filters[key]);
		if (list.length) qs[key] = list;
	}
	if (filters.branch !== undefined && filters.branch !== '') qs.branch = requireId(this, 'Branch Name or ID', filters.branch, '1473353380');
	return { ...requestOptions, qs: { ...requestOptions.qs, ...qs }, arrayFormat: 'brackets' };
}
