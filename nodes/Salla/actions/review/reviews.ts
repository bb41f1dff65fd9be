import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalText, toId } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

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
			const content = typeof review.content === 'string' ? review.content.trim() : '';
			const text = content.length > 60 ? `${content.slice(0, 59)}…` : content;
			const who = (review.customer as IDataObject | undefined)?.name;
			const kind = typeName(review.type);
			return [kind, who ? String(who) : '', text || `#${String(review.id)}`].filter(Boolean).join(' · ');
		},
	}),
});

export const YES_NO = [
	{ name: 'Any', value: 'any' },
	{ name: 'Yes', value: 'true' },
	{ name: 'No', value: 'false' },
] as const;

export const STARS = ['1', '2', '3', '4', '5'].map((star) => ({ name: `${star} Star${star === '1' ? '' : 's'}`, value: star }));

/** Get Many Reviews' filters as Salla's query (lists as PHP arrays, `products[]=1`). */
export async function sendReviewFilters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Keyword', filters.keyword);
	if (keyword) qs.keyword = keyword;
	if (filters.type !== undefined && filters.type !== '') qs.type = oneOf(this, 'Type', filters.type, REVIEW_TYPES);
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
