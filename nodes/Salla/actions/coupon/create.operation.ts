import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { couponTerms, optionalCouponFields } from './shared';
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
		...couponTerms('create'),
		additionalFields(optionalCouponFields),
	],
});
