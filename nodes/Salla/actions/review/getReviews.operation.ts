import { dateRange, recordLocator, returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { loadWith } from '../../common/search';
import { customerSearch } from '../customer/shared';
import { productOptions } from '../product/shared';
import { REVIEW_TYPES, sendReviewFilters, STARS, YES_NO } from './reviews';

/** GET /reviews with its filters (the page's `blogs[]` filter is not offered: the node has no blog picker). */
export const getReviews = defineOperation({
	value: 'getReviews',
	name: 'Get Many Reviews',
	description: 'Get the store\'s product reviews, questions, shipping ratings and store reviews (Salla\'s reviews), with filters',
	action: 'Get many reviews of the store',
	method: 'GET',
	path: '/reviews',
	scope: 'reviews.read',
	list: true,
	preSend: [sendReviewFilters],
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
				placeholder: 'e.g. Nice shoes',
				description: 'Only reviews whose text contains this',
			},
			{
				displayName: 'Product Names or IDs',
				name: 'products',
				type: 'multiOptions',
				typeOptions: loadWith(productOptions),
				default: [],
				description:
					'Only reviews of these products. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Published',
				name: 'publish',
				type: 'options',
				options: [...YES_NO],
				default: 'any',
				description: 'Whether to get only published, or only unpublished, reviews',
			},
			{
				displayName: 'Replied',
				name: 'reply',
				type: 'options',
				options: [...YES_NO],
				default: 'any',
				description: 'Whether to get only reviews the store has replied to, or only reviews without a reply',
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
				options: [...REVIEW_TYPES],
				default: 'rating',
				description: 'Only one kind of review, as Salla names it in its answers',
			},
		]),
	],
});
