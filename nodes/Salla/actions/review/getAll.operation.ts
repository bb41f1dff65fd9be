import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalText, toId } from '../../../shared/validate';
import { dateRange, recordLocator, returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { loadWith } from '../../common/search';
import { customerSearch } from '../customer/shared';
import { productOptions } from '../product/shared';

/**
 * GET /feedbacks with its filters. The list filters (`products`, `customers`, `stars`) are sent as
 * PHP-style arrays (`products[]=1&products[]=2`), which Salla's Laravel API reads as lists.
 */

const TYPES = [
	{ name: 'Product Review', value: 'product' },
	{ name: 'Product Question', value: 'ask' },
	{ name: 'Shipping Rating', value: 'shipping' },
	{ name: 'Store Review', value: 'store' },
	{ name: 'Blog Comment', value: 'blog' },
	{ name: 'Reported', value: 'reported' },
] as const;

const YES_NO = [
	{ name: 'Any', value: 'any' },
	{ name: 'Yes', value: 'true' },
	{ name: 'No', value: 'false' },
] as const;

const STARS = ['1', '2', '3', '4', '5'].map((star) => ({ name: `${star} Star${star === '1' ? '' : 's'}`, value: star }));

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Keyword', filters.keyword);
	if (keyword) qs.keyword = keyword;
	if (filters.type !== undefined && filters.type !== '') qs.type = oneOf(this, 'Type', filters.type, TYPES);
	const products = idList(this, 'Product Names or IDs', filters.products, '2345231543');
	if (products.length) qs.products = products.map(String);
	if (filters.customer !== undefined) {
		const raw = this.getNodeParameter('filters.customer', '', { extractValue: true }) as unknown;
		if (raw !== '' && raw !== undefined && raw !== null) {
			const id = toId(raw);
			if (id === undefined) {
				throw inputError(this, `Customer: "${String(raw)}" is not a customer ID`, 'Choose the customer from the list, or give their ID: a whole number such as 447121768.');
			}
			qs.customers = [String(id)];
		}
	}
	const stars = ((filters.stars as unknown[] | undefined) ?? []).map((star) => oneOf(this, 'Stars', String(star), STARS));
	if (stars.length) qs.stars = stars;
	for (const [key, label] of [['reply', 'Replied'], ['publish', 'Published']] as const) {
		const value = filters[key];
		if (value !== undefined && value !== 'any') qs[key] = oneOf(this, label, value, YES_NO);
	}
	requestOptions.qs = { ...requestOptions.qs, ...qs };
	requestOptions.arrayFormat = 'brackets';
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s feedbacks (reviews, ratings, questions, blog comments), with filters',
	action: 'Get many reviews',
	method: 'GET',
	path: '/feedbacks',
	scope: 'reviews.read',
	list: true,
	preSend: [sendFilters],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			recordLocator({
				name: 'customer',
				displayName: 'Customer',
				noun: 'customer',
				example: '447121768',
				search: customerSearch,
				description: 'Only what this customer wrote',
				required: false,
			}),
			...dateRange({
				collection: 'filters',
				from: { name: 'start_date', displayName: 'From Date', description: 'Only what was written on or after this day' },
				to: { name: 'end_date', displayName: 'To Date', description: 'Only what was written on or before this day' },
			}),
			{
				displayName: 'Keyword',
				name: 'keyword',
				type: 'string',
				default: '',
				placeholder: 'e.g. delivery',
				description: 'Only feedback whose text contains this',
			},
			{
				displayName: 'Product Names or IDs',
				name: 'products',
				type: 'multiOptions',
				typeOptions: loadWith(productOptions),
				default: [],
				description:
					'Only feedback about these products. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Published',
				name: 'publish',
				type: 'options',
				options: [...YES_NO],
				default: 'any',
				description: 'Whether to get only published, or only unpublished, feedback',
			},
			{
				displayName: 'Replied',
				name: 'reply',
				type: 'options',
				options: [...YES_NO],
				default: 'any',
				description: 'Whether to get only feedback the store has replied to, or only feedback without a reply',
			},
			{
				displayName: 'Stars',
				name: 'stars',
				type: 'multiOptions',
				options: STARS,
				default: [],
				description: 'Only ratings with these numbers of stars',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [...TYPES],
				default: 'product',
				description: 'Only one kind of feedback',
			},
		]),
	],
});
