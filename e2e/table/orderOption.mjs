// Order Option (/orders/options, checkout fields): each operation once inside n8n; row format:
// e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne, removed } from '../../harness/salla-answers.mjs';

const GIFT_MESSAGE = {
	id: 1209602516,
	name: 'Gift message',
	description: null,
	is_required: true,
	type: 'text',
	status: true,
	length: '80|200',
	is_multi_choice: false,
	selected_products: false,
	categories: [],
	price: 0,
	currency: 'SAR',
};
const GIFT_WRAPPING = {
	...GIFT_MESSAGE,
	id: 2117923532,
	name: 'Gift wrapping',
	is_required: false,
	type: 'checkbox',
	selected_products: true,
	categories: [{ id: 212, name: 'Gifts' }, { id: 223, name: 'Toys' }],
	options: [{ name: 'Red paper', price: 5, cost: 2, weight: 0, is_default: true }],
};

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Gift message', type: 'text', additionalFields: { is_required: true, length: '80|200' } },
		// is_required as a boolean and length as text, as the page's example sends them (schema-deviations.json)
		request: { method: 'POST', path: '/orders/options', body: { name: 'Gift message', type: 'text', is_required: true, length: '80|200' } },
		answer: ok(GIFT_MESSAGE, 201),
		output: [GIFT_MESSAGE],
	},
	{
		operation: 'create',
		// a checkbox field with its choices, shown for two categories: the choices as a list, as the page's example has them
		parameters: {
			name: 'Gift wrapping',
			type: 'checkbox',
			additionalFields: {
				categories: [212, 223],
				options: { choice: [{ name: 'Red paper', price: 5, cost: 2, weight: 0, is_default: true }] },
			},
		},
		request: {
			method: 'POST',
			path: '/orders/options',
			body: {
				name: 'Gift wrapping',
				type: 'checkbox',
				selected_products: true,
				categories: [212, 223],
				options: [{ name: 'Red paper', price: 5, cost: 2, weight: 0, is_default: true }],
			},
		},
		answer: ok(GIFT_WRAPPING, 201),
		output: [GIFT_WRAPPING],
	},
	{
		operation: 'delete',
		parameters: { id: byId(GIFT_MESSAGE.id) },
		request: { method: 'DELETE', path: `/orders/options/${GIFT_MESSAGE.id}` },
		answer: removed(),
		output: [{ id: GIFT_MESSAGE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { id: byId(GIFT_MESSAGE.id) }, `/orders/options/${GIFT_MESSAGE.id}`, GIFT_MESSAGE),
	{
		operation: 'getAll',
		parameters: { limit: 2 },
		request: firstPage('/orders/options', {}, 2),
		answer: page([{ id: GIFT_MESSAGE.id, name: 'Gift message' }, { id: 2117923531, name: 'Delivery notes' }], { perPage: 2 }),
		output: [{ id: GIFT_MESSAGE.id, name: 'Gift message' }, { id: 2117923531, name: 'Delivery notes' }],
	},
	{
		operation: 'update',
		parameters: {
			id: byId(GIFT_MESSAGE.id),
			// a choice as the panel holds it: every value of the choice, at its default unless set
			updateFields: {
				name: 'Gift wrapping',
				type: 'checkbox',
				options: { choice: [{ name: 'Red paper', price: 5, cost: 0, weight: 0, is_default: true }] },
			},
		},
		request: {
			method: 'PUT',
			path: `/orders/options/${GIFT_MESSAGE.id}`,
			body: { name: 'Gift wrapping', type: 'checkbox', options: [{ name: 'Red paper', price: 5, cost: 0, weight: 0, is_default: true }] },
		},
		answer: ok({ ...GIFT_MESSAGE, name: 'Gift wrapping', type: 'checkbox', options: [{ name: 'Red paper', price: 5, cost: 0, weight: 0, is_default: true }] }),
		output: [{ ...GIFT_MESSAGE, name: 'Gift wrapping', type: 'checkbox', options: [{ name: 'Red paper', price: 5, cost: 0, weight: 0, is_default: true }] }],
	},
];

export const pickers = [
	{
		method: 'searchOrderOptions',
		parameters: { resource: 'orderOption', operation: 'get' },
		path: 'id',
		filter: 'gift',
		request: firstPage('/orders/options'),
		answer: page([{ id: GIFT_MESSAGE.id, name: 'Gift message' }, { id: 2117923531, name: 'Delivery notes' }]),
		results: [{ name: 'Gift message', value: String(GIFT_MESSAGE.id) }],
	},
];
