import coupon from '../fixtures/coupon.json';
export { answer } from './fixtures';

/** The coupons the tests and the e2e table share: a 10% coupon's terms, a group of codes, a marketer. */
export { coupon };

/** A Coupon → Create as the tests set it: a single 10% coupon, with `parameters` on top. */
export const couponCreate = (parameters: Record<string, unknown> = {}) => ({
	resource: 'coupon',
	operation: 'create',
	code: coupon.code,
	...coupon.terms,
	...parameters,
});

/** The body Salla receives for `couponCreate()`. */
export const couponBody = { code: coupon.code, ...coupon.termsSent };

