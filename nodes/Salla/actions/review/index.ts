import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';
import { reply } from './reply.operation';

/** Reviews: Salla's feedbacks (`/feedbacks`): product reviews, questions, shipping and store ratings. */
export const review = defineResource({
	value: 'review',
	name: 'Review',
	defaultOperation: getAll.value,
	operations: [getAll, reply],
});
