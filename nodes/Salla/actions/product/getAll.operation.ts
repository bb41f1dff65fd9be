import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { oneOf, optionalText, requireId } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { PRODUCT_STATUSES } from './shared';
import { loadWith } from '../../common/search';
import { categoryOptions } from '../category/shared';

/** GET /products: every page with Return All, 60 a page; keyword, status and category filters. */

async function sendFilters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Search', filters.keyword);
	if (keyword) qs.keyword = keyword;
	if (filters.status !== undefined && filters.status !== '') {
		qs.status = oneOf(this, 'Status', filters.status, PRODUCT_STATUSES);
	}
	if (filters.category !== undefined && filters.category !== '') {
		qs.category = requireId(this, 'Category', filters.category, '1032561074');
	}
	return { ...requestOptions, qs: { ...requestOptions.qs, ...qs } };
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s products, optionally filtered by name or SKU, status or category',
	action: 'Get many products',
	method: 'GET',
	path: '/products',
	scope: 'products.read',
	list: true,
	preSend: [sendFilters],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			{
				displayName: 'Category Name or ID',
				name: 'category',
				type: 'options',
				typeOptions: loadWith(categoryOptions),
				default: '',
				description:
					'Only products in this category. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Search',
				name: 'keyword',
				type: 'string',
				default: '',
				placeholder: 'e.g. T-Shirt',
				description: 'Only products whose name or SKU contains this text',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: PRODUCT_STATUSES,
				default: 'sale',
				description: 'Only products with this status',
			},
		]),
	],
});
