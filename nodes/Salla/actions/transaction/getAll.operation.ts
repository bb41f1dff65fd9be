import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, oneOf, optionalId, optionalMoney, optionalText } from '../../../shared/validate';
import { recordLocator, returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { orderSearch } from '../order/shared';

/**
 * GET /transactions with its filters. Payment Method and Status offer the values the page's enum
 * lists; Salla's page says payment_method takes "array or string": one value is sent as a string.
 */

export const PAYMENT_METHODS = [
	{ name: 'Apple Pay', value: 'apple_pay' },
	{ name: 'Bank Transfer', value: 'bank' },
	{ name: 'Cash on Delivery', value: 'cod' },
	{ name: 'Credit Card', value: 'credit_card' },
	{ name: 'Free of Charge', value: 'free' },
	{ name: 'Google Pay', value: 'google_pay' },
	{ name: 'Mada', value: 'mada' },
	{ name: 'PayPal', value: 'paypal' },
	{ name: 'STC Pay', value: 'stc_pay' },
] as const;

const STATUSES = [
	{ name: 'Canceled', value: 'canceled' },
	{ name: 'Initiated', value: 'initiated' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Partially Refunded', value: 'partial_refunded' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Refunded', value: 'refunded' },
] as const;

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Customer', filters.keyword);
	if (keyword) qs.keyword = keyword;
	const digits = optionalText(this, 'Card Last 4 Digits', filters.last_4_digit);
	if (digits !== undefined) {
		if (!/^[0-9]{4}$/.test(digits)) {
			throw inputError(this, `Card Last 4 Digits: "${digits}" is not 4 digits`, 'Give the last 4 digits of the card, for example 8490.');
		}
		qs.last_4_digit = digits;
	}
	if (filters.payment_method) qs.payment_method = oneOf(this, 'Payment Method', filters.payment_method, PAYMENT_METHODS);
	if (filters.status) qs.status = oneOf(this, 'Status', filters.status, STATUSES);
	const amount = optionalMoney(this, 'Amount', filters.amount);
	if (amount !== undefined) qs.amount = amount;
	if (filters.order_id !== undefined) {
		const order = optionalId(this, 'Order', this.getNodeParameter('filters.order_id', '', { extractValue: true }), '1275404514');
		if (order !== undefined) qs.order_id = order;
	}
	requestOptions.qs = { ...requestOptions.qs, ...qs };
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s payment transactions, with filters',
	action: 'Get many transactions',
	method: 'GET',
	path: '/transactions',
	scope: 'transactions.read',
	list: true,
	preSend: [sendFilters],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Only payments of exactly this amount, in the store currency',
			},
			{
				displayName: 'Card Last 4 Digits',
				name: 'last_4_digit',
				type: 'string',
				default: '',
				placeholder: 'e.g. 8490',
				description: 'Only payments made with a card ending in these 4 digits',
			},
			{
				displayName: 'Customer',
				name: 'keyword',
				type: 'string',
				default: '',
				placeholder: 'e.g. Ahmed',
				description: 'Only payments of customers whose name, mobile or e-mail matches this',
			},
			recordLocator({
				name: 'order_id',
				displayName: 'Order',
				noun: 'order',
				example: '1275404514',
				search: orderSearch,
				description: 'Only the payments of this order',
				required: false,
			}),
			{
				displayName: 'Payment Method',
				name: 'payment_method',
				type: 'options',
				options: [...PAYMENT_METHODS],
				default: 'credit_card',
				description: 'Only payments made this way',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [...STATUSES],
				default: 'paid',
				description: 'Only payments in this state',
			},
		]),
	],
});
