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
 * Known limits: docs/resources/coupon.md (its hand-written section).
 */
export const coupon = defineResource({
	value: 'coupon',
	name: 'Coupon',
	defaultOperation: getAll.value,
	operations: [create, deleteCoupon, get, getAll, getCodes, update],
});
