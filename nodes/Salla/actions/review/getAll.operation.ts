import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { filterFields, sendFilters } from './reviews';

/** GET /feedbacks with the same filters as Get Many Reviews, over more kinds of feedback. */

const TYPES = [
	{ name: 'Product Review', value: 'product' },
	{ name: 'Product Question', value: 'ask' },
	{ name: 'Shipping Rating', value: 'shipping' },
	{ name: 'Store Review', value: 'store' },
	{ name: 'Blog Comment', value: 'blog' },
	{ name: 'Reported', value: 'reported' },
] as const;

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s feedbacks (reviews, ratings, questions, blog comments), with filters',
	action: 'Get many reviews',
	method: 'GET',
	path: '/feedbacks',
	scope: 'reviews.read',
	list: true,
	preSend: [sendFilters(TYPES)],
	fields: [
		...returnAllLimit(),
		filterFields({
			noun: 'feedback',
			products: 'Only feedback about these products',
			keywordPlaceholder: 'e.g. delivery',
			types: TYPES,
			typeDefault: 'product',
			typeDescription: 'Only one kind of feedback',
		}),
	],
});
