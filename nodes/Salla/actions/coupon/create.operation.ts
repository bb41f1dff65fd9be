import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { couponTerms, optionalCouponFields } from './shared';
import { couponBody, groupBody } from './body';

/**
 * POST /coupons: a single coupon, or a group coupon (`is_group`, many codes made by Salla from a
 * suffix). Salla requires code (single coupons), type, amount, free_shipping, expiry_date and
 * exclude_sale_products, and maximum_amount for a percentage coupon; a group coupon requires
 * group_name, group_coupons_count and group_suffix. A marketer coupon adds `marketing_*`.
 */
function buildCoupon(this: IExecuteSingleFunctions): SallaBody {
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
		return { ...group, ...rest };
	}
	return couponBody(this, values, 'create');
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a discount coupon; every rule is checked before it is sent',
	action: 'Create a coupon',
	method: 'POST',
	path: '/coupons',
	scope: 'marketing.read_write',
	body: buildCoupon,
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
		...couponTerms('create'),
		additionalFields(optionalCouponFields),
	],
});
