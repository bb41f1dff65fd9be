import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idList, oneOf, optionalText } from '../../../shared/validate';
import { optionalRecordId, recordLocator } from '../../common/fields';
import { dateRangeFilters, filtersCollection } from '../../common/filters';
import { searchList } from '../../common/search';
import { customerSearch } from '../customer/shared';
import { productsField } from '../product/shared';
import { reviewAuthor, reviewExcerpt } from './shared';

/**
 * What the Reviews operations (`/reviews`) share: the review picker, and the types Salla answers.
 * The types are the values of the List Reviews page's `type` enum, the same ones its answers carry
 * (`rating`, `ask`, `shipping`, `testimonial`), not the names in the feedbacks page's prose.
 */

export const REVIEW_TYPES = [
	{ name: 'Product Review', value: 'rating' },
	{ name: 'Product Question', value: 'ask' },
	{ name: 'Shipping Rating', value: 'shipping' },
	{ name: 'Store Review', value: 'testimonial' },
] as const;

const typeName = (type: unknown) => REVIEW_TYPES.find((candidate) => candidate.value === type)?.name;

export const review = recordLocator({
	name: 'review_id',
	displayName: 'Review',
	noun: 'review',
	example: '1096828836',
	search: searchList('searchReviews', {
		path: '/reviews',
		keyword: true,
		name: (review) => {
			const who = reviewAuthor(review);
			return [typeName(review.type), who ? String(who) : '', reviewExcerpt(review)].filter(Boolean).join(' · ');
		},
	}),
});

const YES_NO = [
	{ name: 'Any', value: 'any' },
	{ name: 'Yes', value: 'true' },
	{ name: 'No', value: 'false' },
] as const;

const STARS = ['1', '2', '3', '4', '5'].map((star) => ({ name: `${star} Star${star === '1' ? '' : 's'}`, value: star }));

type Choices = ReadonlyArray<{ name: string; value: string }>;

/** Get Many's Customer filter (Salla's `customers`). */
const customerFilter = recordLocator({
	name: 'customer',
	displayName: 'Customer',
	noun: 'customer',
	example: '447121768',
	search: customerSearch,
	description: 'Only what this customer wrote',
	required: false,
});

/**
 * The filters of Get Many (`/feedbacks`) and Get Many Reviews (`/reviews`) as Salla's query: the same
 * names on both pages, lists as PHP arrays (`products[]=1`), which Salla's Laravel API reads as lists.
 */
export function sendFilters(types: Choices) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
		const qs: IDataObject = {};
		const keyword = optionalText(this, 'Keyword', filters.keyword);
		if (keyword) qs.keyword = keyword;
		if (filters.type !== undefined && filters.type !== '') qs.type = oneOf(this, 'Type', filters.type, types);
		const products = idList(this, 'Product Names or IDs', filters.products, '2345231543');
		if (products.length) qs.products = products.map(String);
		if (filters.customer !== undefined) {
			const customer = optionalRecordId(this, customerFilter, { at: 'filters.customer' });
			if (customer !== undefined) qs.customers = [String(customer)];
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
	};
}

/** The Filters collection both lists offer, worded for what the list holds (`noun`: feedback, reviews). */
export function filterFields(options: {
	noun: string;
	products: string;
	keywordPlaceholder: string;
	types: Choices;
	typeDefault: string;
	typeDescription: string;
}): INodeProperties {
	const { noun, typeDefault } = options;
	return filtersCollection([
		customerFilter,
		...dateRangeFilters(
			{ name: 'start_date', displayName: 'From Date', description: 'Only what was written on or after this day' },
			{ name: 'end_date', displayName: 'To Date', description: 'Only what was written on or before this day' },
		),
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			default: '',
			placeholder: options.keywordPlaceholder,
			description: `Only ${noun} whose text contains this`,
		},
		productsField(options.products),
		{
			displayName: 'Published',
			name: 'publish',
			type: 'options',
			options: [...YES_NO],
			default: 'any',
			description: `Whether to get only published, or only unpublished, ${noun}`,
		},
		{
			displayName: 'Replied',
			name: 'reply',
			type: 'options',
			options: [...YES_NO],
			default: 'any',
			description: `Whether to get only ${noun} the store has replied to, or only ${noun} without a reply`,
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
			options: [...options.types],
			default: typeDefault,
			description: options.typeDescription,
		},
	]);
}
