import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { coupon } from './shared';

/** GET /coupons/{coupon_id}. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a coupon with its rules and usage statistics',
	action: 'Get a coupon',
	method: 'GET',
	path: '/coupons/{coupon_id}',
	scope: 'marketing.read',
	postReceive: [unwrapData],
	fields: [coupon],
});
