import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { filterFields, REVIEW_TYPES, sendFilters } from './reviews';

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
	preSend: [sendFilters(REVIEW_TYPES)],
	fields: [
		...returnAllLimit(),
		filterFields({
			noun: 'reviews',
			products: 'Only reviews of these products',
			keywordPlaceholder: 'e.g. Nice shoes',
			types: REVIEW_TYPES,
			typeDefault: 'rating',
			typeDescription: 'Only one kind of review, as Salla names it in its answers',
		}),
	],
});
