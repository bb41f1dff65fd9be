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
 * Known limits: the review types of Get Many Reviews are the List Reviews page's enum, which its
 * answers carry too (rating, ask, shipping, testimonial). The feedbacks' Type filter keeps the names
 * of the feedbacks page's prose (product, ask, shipping, store, blog, reported), which saved
 * workflows hold, while that page's answers name types testimonial, rating, store, ask, page,
 * shipping. The `blogs[]` filter of both lists is not offered. Salla lets only apps it has approved
 * reply to feedback: others get a 403 that says so.
 */
export const review = defineResource({
	value: 'review',
	name: 'Review',
	defaultOperation: getAll.value,
	operations: [get, getAll, getReviews, reply, update],
});
