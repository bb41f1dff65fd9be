import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteCoupon } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getCodes } from './getCodes.operation';
import { update } from './update.operation';

/**
 * Coupons (`/coupons`, Salla's marketing scope): single, group and marketer coupons.
 *
 * Known limits: a group coupon is made on Create only (Salla's Update page has no group fields);
 * its codes come from Get Codes. The Update page marks the marketer's maximum commission required
 * with a marketer; the node asks for it on Create too. Group suffixes are checked to 5 letters or
 * numbers, as Salla's 422 says.
 */
export const coupon = defineResource({
	value: 'coupon',
	name: 'Coupon',
	defaultOperation: getAll.value,
	operations: [create, deleteCoupon, get, getAll, getCodes, update],
});
