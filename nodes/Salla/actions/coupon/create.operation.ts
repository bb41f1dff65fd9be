import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { COUPON_TYPES, optionalCouponFields } from './shared';
import { couponBody, groupBody } from './body';

/**
 * POST /coupons: a single coupon, or a group coupon (`is_group`, many codes made by Salla from a
 * suffix). Salla requires code (single coupons), type, amount, free_shipping, expiry_date and
 * exclude_sale_products, and maximum_amount for a percentage coupon; a group coupon requires
 * group_name, group_coupons_count and group_suffix. A marketer coupon adds `marketing_*`.
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
	if (this.getNodeParameter('is_group', false) === true) {
		// A group coupon has no code of its own: Salla makes one per coupon from the suffix.
		const group = groupBody(this, {
			group_name: this.getNodeParameter('group_name', '') as IDataObject[string],
			group_coupons_count: this.getNodeParameter('group_coupons_count', '') as IDataObject[string],
			group_suffix: this.getNodeParameter('group_suffix', '') as IDataObject[string],
		});
		// couponBody checks a single coupon's code: it is given a stand-in that is dropped again.
		const { code: _code, ...rest } = couponBody(this, { ...values, code: 'GROUP' }, 'create');
		requestOptions.body = { ...group, ...rest };
		return requestOptions;
	}
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
			displayName: 'Group Coupon',
			name: 'is_group',
			type: 'boolean',
			default: false,
			description: 'Whether Salla makes many codes at once (one per customer) instead of one code',
		},
		{
			displayName: 'Group Name',
			name: 'group_name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Ramadan codes',
			description: 'The name of the group of codes',
			displayOptions: { show: { is_group: [true] } },
		},
		{
			displayName: 'Number of Codes',
			name: 'group_coupons_count',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 10,
			description: 'How many codes Salla makes',
			displayOptions: { show: { is_group: [true] } },
		},
		{
			displayName: 'Code Suffix',
			name: 'group_suffix',
			type: 'string',
			default: '',
			placeholder: 'e.g. RMD',
			description: 'Up to 5 letters or numbers Salla adds to every code of the group',
			displayOptions: { show: { is_group: [true] } },
		},
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			// Shown for single coupons only, so not marked required: the node checks it (an expression
			// in Group Coupon would otherwise make n8n ask for it on group coupons too).
			displayOptions: { show: { is_group: [false] } },
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
			required: true,
			default: 0,
			description: 'The largest amount, in the store currency, a percentage coupon takes off an order (Salla requires it)',
			displayOptions: { show: { type: ['percentage'] } },
		},
		{
			displayName: 'Expiry Date',
			name: 'expiry_date',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'The last day the coupon works; it must be later than today and than the start date',
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
