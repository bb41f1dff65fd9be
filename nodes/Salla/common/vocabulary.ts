/** Salla's words that several resources share, with the names the panel shows for them. */

/** Units of weight, for products (`weight_type`) and shipment packages (`weight.units`). */
export const WEIGHT_UNITS = [
	{ name: 'Kilograms', value: 'kg' },
	{ name: 'Grams', value: 'g' },
	{ name: 'Pounds', value: 'lb' },
	{ name: 'Ounces', value: 'oz' },
] as const;

/** `status` of marketing records (coupons, special offers): whether customers can use it. */
export const ACTIVE_STATUSES = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
] as const;
