// Review (/reviews, /feedbacks): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const REVIEW = { id: 2047399561, type: 'rating', content: 'Great quality', stars: 5, customer: { name: 'Ahmed Ali' } };
// Salla's Review Details example (/reviews/{id})
const QUESTION = {
	id: 1096828836,
	type: 'ask',
	rating: 0,
	content: 'Does it come in blue?',
	order_id: null,
	is_published: true,
	created_at: '2023-11-01 15:32:31',
	customer: { id: 1227534533, name: 'Ahmed Ali', mobile: 565555555, email: 'ahmed@mail.com', country: 'السعودية', city: 'الرياض' },
};
const STORE_REVIEW = { ...QUESTION, id: 1853140150, type: 'testimonial', rating: 5, content: 'Fast delivery, thank you', order_id: 123456789 };
const review_id = byId(QUESTION.id);

export const operations = [
	readsOne('get', { review_id }, `/reviews/${QUESTION.id}`, QUESTION),
	readsPage('getAll', { limit: 1, filters: { type: 'product' } }, firstPage('/feedbacks', { type: 'product' }, 1), [REVIEW]),
	readsPage('getReviews', { limit: 5, filters: { type: 'testimonial', publish: 'true' } }, firstPage('/reviews', { type: 'testimonial', publish: 'true' }, 5), [STORE_REVIEW]),
	{
		operation: 'reply',
		parameters: { feedback_id: byId(REVIEW.id), comment: 'Thank you!' },
		request: { method: 'POST', path: `/feedbacks/${REVIEW.id}/reply`, body: { comment: 'Thank you!' } },
		answer: ok({ reply: 9 }, 201),
		output: [{ feedback_id: REVIEW.id, reply_id: 9, comment: 'Thank you!' }],
	},
	{
		// an app Salla has not approved for replies: Salla's 403 becomes an error that says why (the
		// row's node continues on error, so n8n outputs the error's message as the item)
		operation: 'reply',
		parameters: { feedback_id: byId(REVIEW.id), comment: 'We are sorry to hear that' },
		request: { method: 'POST', path: `/feedbacks/${REVIEW.id}/reply`, body: { comment: 'We are sorry to hear that' } },
		answer: { status: 403, body: { status: 403, success: false, error: { code: 'Forbidden', message: 'This action is unauthorized.' } } },
		output: [{ error: 'Salla refused this operation (403): it is reserved for apps Salla has approved' }],
	},
	{
		operation: 'update',
		parameters: { review_id, is_published: false },
		request: { method: 'PUT', path: `/reviews/${QUESTION.id}`, body: { is_published: false } },
		answer: ok({ ...QUESTION, is_published: false }),
		output: [{ ...QUESTION, is_published: false }],
	},
];

export const pickers = [
	{
		method: 'searchFeedbacks',
		parameters: { resource: 'review', operation: 'reply' },
		path: 'feedback_id',
		filter: 'quality',
		request: keywordSearch('/feedbacks', 'quality'),
		answer: page([REVIEW]),
		results: [{ name: 'Ahmed Ali: Great quality', value: String(REVIEW.id) }],
	},
	{
		method: 'searchReviews',
		parameters: { resource: 'review', operation: 'get' },
		path: 'review_id',
		filter: 'blue',
		request: keywordSearch('/reviews', 'blue'),
		answer: page([QUESTION]),
		results: [{ name: 'Product Question · Ahmed Ali · Does it come in blue?', value: String(QUESTION.id) }],
	},
];
