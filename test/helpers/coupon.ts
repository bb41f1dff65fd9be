/** A Coupon → Create as the tests set it: a single 10% coupon, with `parameters` on top. */
export const couponCreate = (parameters: Record<string, unknown> = {}) => ({
	resource: 'coupon',
	operation: 'create',
	code: 'SUMMER10',
	type: 'percentage',
	amount: 10,
	maximum_amount: 50,
	expiry_date: '2099-12-31T00:00:00',
	free_shipping: false,
	exclude_sale_products: true,
	...parameters,
});

/** The body Salla receives for `couponCreate()`. */
export const couponBody = {
	code: 'SUMMER10',
	type: 'percentage',
	amount: 10,
	maximum_amount: 50,
	expiry_date: '2099-12-31',
	free_shipping: false,
	exclude_sale_products: true,
};

/** Salla's answer with `data`. */
export const answer = (data: object) => ({ status: 200, success: true, data });
