/** Salla's words that several resources share, with the names the panel shows for them. */

/** Units of weight, for products (`weight_type`) and shipment packages (`weight.units`). */
export const WEIGHT_UNITS = [
	{ name: 'Kilograms', value: 'kg' },
	{ name: 'Grams', value: 'g' },
	{ name: 'Pounds', value: 'lb' },
	{ name: 'Ounces', value: 'oz' },
] as const;

/** How a product option shows its values in the store (`display_type` of options and option templates). */
export const OPTION_DISPLAY_TYPES = [
	{ name: 'Text', value: 'text' },
	{ name: 'Image', value: 'image' },
	{ name: 'Colour', value: 'color' },
] as const;

/** `status` of marketing records (coupons, special offers) bank accounts and branches: whether it is in use. */
export const ACTIVE_STATUSES = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
] as const;
