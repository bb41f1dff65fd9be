import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { COUPON_TYPES, optionalCouponFields } from './shared';
import { couponBody } from './body';

/**
 * POST /coupons: a single coupon. Salla requires code, type, amount, free_shipping, expiry_date and
 * exclude_sale_products, and maximum_amount for a percentage coupon. Group and marketer coupons are
 * not offered (see the README's known limits).
 */
async function sendCoupon(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const type = this.getNodeParameter('type', '') as unknown;
	const values: IDataObject = {
		...(this.getNodeParameter('additionalFields', {}) as IDataObject),
		code: this.getNodeParameter('code', '') as IDataObject[string],
		type: type as IDataObject[string],
		amount: this.getNodeParameter('amount', '') as IDataObject[string],
		maximum_amount: type === 'percentage' ? (this.getNodeParameter('maximum_amount', '') as IDataObject[string]) : undefined,
		expiry_date: this.getNodeParameter('expiry_date', '') as IDataObject[string],
		free_shipping: this.getNodeParameter('free_shipping', false) as boolean,
		exclude_sale_products: this.getNodeParameter('exclude_sale_products', false) as boolean,
	};
	requestOptions.body = couponBody(this, values, 'create');
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a discount coupon; every rule is checked before it is sent',
	action: 'Create a coupon',
	method: 'POST',
	path: '/coupons',
	scope: 'marketing.read_write',
	preSend: [sendCoupon],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. SUMMER10',
			description: 'What customers type at checkout: Arabic or English letters and numbers, no spaces',
		},
		{
			displayName: 'Discount Type',
			name: 'type',
			type: 'options',
			options: [...COUPON_TYPES],
			default: 'percentage',
		},
		{
			displayName: 'Discount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			required: true,
			default: 10,
			description: 'The percentage (at most 100) or the amount in the store currency taken off the order',
		},
		{
			displayName: 'Maximum Discount',
			name: 'maximum_amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description:
				'The largest amount, in the store currency, a percentage coupon takes off an order. Salla requires it for a percentage coupon: the node stops before sending when it is 0.',
			displayOptions: { show: { type: ['percentage'] } },
		},
		{
			displayName: 'Expiry Date',
			name: 'expiry_date',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'The last day the coupon works; it must be later than today and than the start date. Only the day is sent; the time is ignored.',
		},
		{
			displayName: 'Free Shipping',
			name: 'free_shipping',
			type: 'boolean',
			default: false,
			description: 'Whether the coupon also makes shipping free',
		},
		{
			displayName: 'Exclude Products on Sale',
			name: 'exclude_sale_products',
			type: 'boolean',
			default: false,
			description: 'Whether products already on sale get no coupon discount',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optionalCouponFields,
		},
	],
});
