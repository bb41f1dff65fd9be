import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { coupon } from './shared';

/** DELETE /coupons/{coupon_id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteCoupon = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a coupon; customers can no longer use its code',
	action: 'Delete a coupon',
	method: 'DELETE',
	path: '/coupons/{coupon_id}',
	scope: 'marketing.read_write',
	postReceive: [deletedRecord(coupon)],
	fields: [coupon],
});
