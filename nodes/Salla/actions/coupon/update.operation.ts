import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { COUPON_TYPES, coupon, optionalCouponFields } from './shared';
import { couponBody } from './body';

/** PUT /coupons/{coupon_id}: sends only what the user set. */
async function sendChanges(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = couponBody(this, this.getNodeParameter('updateFields', {}) as never, 'update');
	if (!Object.keys(body).length) {
		throw inputError(this, 'Nothing to update', 'Add at least one field under Update Fields: only the fields you set are sent to Salla.');
	}
	requestOptions.body = body;
	return requestOptions;
}

const changeable: INodeProperties[] = [
	...optionalCouponFields,
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
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
		description: 'Salla needs the Discount too when the type changes',
	},
	{
		displayName: 'Discount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 10,
		description: 'The percentage (at most 100) or the amount in the store currency taken off the order',
	},
	{
		displayName: 'Maximum Discount',
		name: 'maximum_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The largest amount, in the store currency, a percentage coupon takes off an order',
	},
	{
		displayName: 'Expiry Date',
		name: 'expiry_date',
		type: 'dateTime',
		default: '',
		description: 'The last day the coupon works; it must be later than the start date. Only the day is sent; the time is ignored.',
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
];

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a coupon\'s code, discount, dates, limits or products; only what you set is sent',
	action: 'Update a coupon',
	method: 'PUT',
	path: '/coupons/{coupon_id}',
	scope: 'marketing.read_write',
	preSend: [sendChanges],
	postReceive: [unwrapData],
	fields: [
		coupon,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...changeable].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
});
