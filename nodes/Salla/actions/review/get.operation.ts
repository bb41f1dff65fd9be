import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { review } from './reviews';

/** GET /reviews/{id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a review, question or rating with its customer',
	action: 'Get a review',
	method: 'GET',
	path: '/reviews/{review_id}',
	scope: 'reviews.read',
	postReceive: [unwrapData],
	fields: [review],
});
