import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idList, inputError, optionalText } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { loadWith } from '../../common/search';
import { categoryOptions } from './shared';

/**
 * GET /categories/search?keyword=…&ids[]=…: categories at any depth (a flat list, each with its
 * `parent_id`), by name or by ID. Salla's page writes the IDs as `ids[]=1&ids[]=2`.
 */
async function sendSearch(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const keyword = optionalText(this, 'Name Contains', this.getNodeParameter('keyword', ''));
	const ids = idList(this, 'Category Names or IDs', this.getNodeParameter('ids', []), '1390018242');
	if (!keyword && !ids.length) {
		throw inputError(this, 'Nothing to search for', 'Give Name Contains, or choose categories under Category Names or IDs.');
	}
	const qs: IDataObject = { ...requestOptions.qs };
	if (keyword) qs.keyword = keyword;
	if (ids.length) qs.ids = ids;
	return { ...requestOptions, qs, arrayFormat: 'brackets' };
}

export const search = defineOperation({
	value: 'search',
	name: 'Search',
	description: 'Find categories and subcategories by name or ID',
	action: 'Search categories',
	method: 'GET',
	path: '/categories/search',
	scope: 'categories.read',
	list: true,
	preSend: [sendSearch],
	fields: [
		{
			displayName: 'Name Contains',
			name: 'keyword',
			type: 'string',
			default: '',
			placeholder: 'e.g. shoes',
			description: 'Categories whose name matches these words',
		},
		{
			displayName: 'Category Names or IDs',
			name: 'ids',
			type: 'multiOptions',
			typeOptions: loadWith(categoryOptions),
			default: [],
			description:
				'Categories to find by ID. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		...returnAllLimit(),
	],
});
