import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readRecordId, returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { coupon } from './shared';

/** GET /coupons/codes?coupon_id=: the codes of a group coupon, one item each `{id, code}`. */
async function sendCoupon(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.qs = { ...requestOptions.qs, coupon_id: readRecordId(this, coupon) };
	return requestOptions;
}

export const getCodes = defineOperation({
	value: 'getCodes',
	name: 'Get Codes',
	description: 'Get the codes of a group coupon',
	action: 'Get a group coupon\'s codes',
	method: 'GET',
	path: '/coupons/codes',
	scope: 'marketing.read',
	list: true,
	preSend: [sendCoupon],
	fields: [coupon, ...returnAllLimit()],
});
