import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { optionalText } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { dateRangeFilters, filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { extraFieldsField, LIST_EXTRA_FIELDS, sendExtraFields } from './shared';

/**
 * GET /customers: every page with Return All, 60 a page. Salla's page describes `date_from` as
 * "created before" and `date_to` as "created after": the names are followed (from = the earliest).
 */
async function sendKeyword(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const keyword = optionalText(this, 'Search', this.getNodeParameter('filters.keyword', ''));
	if (keyword) requestOptions.qs = { ...requestOptions.qs, keyword };
	return requestOptions;
}

const filters: INodeProperties = filtersCollection([
	{
		displayName: 'Search',
		name: 'keyword',
		type: 'string',
		default: '',
		placeholder: 'e.g. 966511804534',
		description: 'Customers whose mobile number, e-mail or name matches this text',
		routing: { send: { preSend: [sendKeyword] } },
	},
	...dateRangeFilters(
		{ name: 'date_from', displayName: 'Registered From', description: 'Customers who registered on this day or later' },
		{ name: 'date_to', displayName: 'Registered To', description: 'Customers who registered on this day or earlier' },
	),
	extraFieldsField(LIST_EXTRA_FIELDS, {
		routing: { send: { preSend: [sendExtraFields('filters.fields', LIST_EXTRA_FIELDS)] } },
	}),
]);

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s customers, optionally filtered',
	action: 'Get many customers',
	method: 'GET',
	path: '/customers',
	scope: 'customers.read',
	list: true,
	fields: [...returnAllLimit(), filters],
});
