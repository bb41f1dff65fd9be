// Review (/feedbacks): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page } from '../../harness/salla-answers.mjs';

const REVIEW = { id: 2047399561, type: 'rating', content: 'Great quality', stars: 5, customer: { name: 'Ahmed Ali' } };

export const operations = [
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { type: 'product' } },
		request: { method: 'GET', path: '/feedbacks', query: { type: 'product', page: '1', per_page: '1' } },
		answer: page([REVIEW]),
		output: [REVIEW],
	},
	{
		operation: 'reply',
		parameters: { feedback_id: byId(REVIEW.id), comment: 'Thank you!' },
		request: { method: 'POST', path: `/feedbacks/${REVIEW.id}/reply`, body: { comment: 'Thank you!' } },
		answer: ok({ reply: 9 }, 201),
		output: [{ feedback_id: REVIEW.id, reply_id: 9, comment: 'Thank you!' }],
	},
];

export const pickers = [
	{
		method: 'searchFeedbacks',
		parameters: { resource: 'review', operation: 'reply' },
		path: 'feedback_id',
		filter: 'quality',
		request: { method: 'GET', path: '/feedbacks', query: { page: '1', per_page: '60', keyword: 'quality' } },
		answer: page([REVIEW]),
		results: [{ name: 'Ahmed Ali: Great quality', value: String(REVIEW.id) }],
	},
];
