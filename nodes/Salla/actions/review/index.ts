import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getReviews } from './getReviews.operation';
import { reply } from './reply.operation';
import { update } from './update.operation';

/**
 * Reviews: Salla's reviews (`/reviews`: Get Many Reviews, Get, Update) and its feedbacks
 * (`/feedbacks`: Get Many, which lists them as feedbacks, and Reply): product reviews, questions, shipping and store ratings.
 *
 * Known limits: docs/resources/review.md (its hand-written section).
 */
export const review = defineResource({
	value: 'review',
	name: 'Review',
	defaultOperation: getAll.value,
	operations: [get, getAll, getReviews, reply, update],
});
