import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import {
	idList,
	inputError,
	oneOf,
	optionalDate,
	optionalMoney,
	optionalNumber,
	toList,
	requireText,
} from '../../../shared/validate';
import { recordLocator } from '../../common/fields';

/**
 * What Coupon → Create and Update share: the coupon picker, the fields (Salla's names, a merchant's
 * labels) and the checks run before anything is sent. Sources: Salla's Create Coupon page (required
 * fields, "maximum_amount required if type is percentage", expiry "at least one day later than
 * today") and Update Coupon page (expiry not before start, amount required when type changes);
 * the code rule ("Arabic or English letters and numbers only, with no spaces") is from Salla's help
 * centre article on adding a coupon.
 */

export const coupon = recordLocator({
	name: 'coupon_id',
	displayName: 'Coupon',
	noun: 'coupon',
	example: '1622617640',
	searchListMethod: 'searchCoupons',
});

export const COUPON_TYPES = [
	{ name: 'Percentage', value: 'percentage', description: 'A percentage off the order, such as 10%' },
	{ name: 'Fixed Amount', value: 'fixed', description: 'An amount off the order in the store currency, such as 30 SAR' },
] as const;

const APPLIED_IN = [
	{ name: 'Everywhere', value: 'all' },
	{ name: 'Website Only', value: 'web' },
	{ name: 'App Only', value: 'app' },
] as const;

const STATUSES = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
] as const;

/** Today's date in the store's time zone (Salla stores are in Asia/Riyadh, UTC+3, no daylight saving). */
export function riyadhToday(now = new Date()): string {
	return new Date(now.getTime() + 3 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const CODE_PATTERN = /^[A-Za-z0-9\u0621-\u064A\u0660-\u0669\u06F0-\u06F9]+$/;

function couponCode(context: IExecuteSingleFunctions, raw: unknown): string {
	const code = requireText(context, 'Code', raw, 'Give the code customers type at checkout, for example SUMMER10.');
	if (!CODE_PATTERN.test(code)) {
		throw inputError(
			context,
			`Code: "${code}" may only hold letters and numbers`,
			'Salla accepts Arabic or English letters and numbers only, with no spaces or symbols, for example SUMMER10.',
		);
	}
	return code;
}

/** The record lists a coupon applies to or leaves out: Salla's names, IDs sent as text like its examples. */
const ID_LISTS: Array<{ name: string; label: string; example: string }> = [
	{ name: 'products_include', label: 'Included Products', example: '1626467363' },
	{ name: 'products_exclude', label: 'Excluded Products', example: '213592621' },
	{ name: 'list_include_categories', label: 'Included Categories', example: '676928739' },
	{ name: 'list_exclude_categories', label: 'Excluded Categories', example: '1585249762' },
	{ name: 'list_exclude_brands', label: 'Excluded Brands', example: '1939592358' },
	{ name: 'list_include_groups', label: 'Included Customer Groups', example: '322729604' },
	{ name: 'list_exclude_groups', label: 'Excluded Customer Groups', example: '1830458757' },
	{ name: 'list_exclude_shipping', label: 'Excluded Shipping Companies', example: '1345871747' },
];

/** Salla's payment method slugs for `payment_methods` (the Update Coupon page's enum). */
const PAYMENT_METHODS = [
	'all',
	'apple_pay',
	'bank',
	'cod',
	'credit_card',
	'knet',
	'mada',
	'paypal',
	'spotii_pay',
	'stc_pay',
	'tabby_installment',
	'tamara_installment',
].map((value) => ({ name: value === 'all' ? 'All' : value, value }));

const PICKERS: Record<string, { method: string; description: string }> = {
	products_include: {
		method: 'getProducts',
		description:
			'Products the coupon applies to; leave empty for every product. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	products_exclude: {
		method: 'getProducts',
		description:
			'Products the coupon never applies to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_include_categories: {
		method: 'getCategories',
		description:
			'Categories the coupon applies to; leave empty for every category. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_exclude_categories: {
		method: 'getCategories',
		description:
			'Categories the coupon never applies to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_exclude_brands: {
		method: 'getBrands',
		description:
			'Brands the coupon never applies to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_include_groups: {
		method: 'getCustomerGroups',
		description:
			'Only customers of these groups may use the coupon. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_exclude_groups: {
		method: 'getCustomerGroups',
		description:
			'Customers of these groups may not use the coupon. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	list_exclude_shipping: {
		method: 'getShippingCompanies',
		description:
			'Shipping companies the coupon does not work with. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
};

/** The optional coupon settings, shared by Create's Additional Fields and Update's Update Fields. */
export const optionalCouponFields: INodeProperties[] = [
	{
		displayName: 'Applies In',
		name: 'applied_in',
		type: 'options',
		options: [...APPLIED_IN],
		default: 'all',
		description: 'Where customers can use the coupon',
	},
	{
		displayName: 'Apply With Special Offers',
		name: 'is_apply_with_offer',
		type: 'boolean',
		default: false,
		description: 'Whether the coupon also works on special offers that allow a coupon',
	},
	...ID_LISTS.map(
		(list): INodeProperties => ({
			displayName: `${list.label} Names or IDs`,
			name: list.name,
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: PICKERS[list.name].method },
			default: [],
			description: PICKERS[list.name].description,
		}),
	),
	{
		displayName: 'Payment Methods',
		name: 'payment_methods',
		type: 'multiOptions',
		options: PAYMENT_METHODS,
		default: [],
		description: 'The payment methods the coupon works with, as Salla\'s slugs',
	},
	{
		displayName: 'Minimum Order Amount',
		name: 'minimum_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The smallest order total, in the store currency, the coupon works on',
	},
	{
		displayName: 'Start Date',
		name: 'start_date',
		type: 'dateTime',
		default: '',
		description: 'The first day the coupon works; Salla uses the day it is created when empty',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [...STATUSES],
		default: 'active',
	},
	{
		displayName: 'Usage Limit',
		name: 'usage_limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many times the coupon can be used in all',
	},
	{
		displayName: 'Usage Limit per Customer',
		name: 'usage_limit_per_user',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many times one customer can use the coupon',
	},
];

/** The labels the panel shows, for error messages. */
const LABELS: Record<string, string> = {
	code: 'Code',
	type: 'Discount Type',
	amount: 'Discount',
	maximum_amount: 'Maximum Discount',
	expiry_date: 'Expiry Date',
	start_date: 'Start Date',
	minimum_amount: 'Minimum Order Amount',
	usage_limit: 'Usage Limit',
	usage_limit_per_user: 'Usage Limit per Customer',
	applied_in: 'Applies In',
	status: 'Status',
	free_shipping: 'Free Shipping',
	exclude_sale_products: 'Exclude Products on Sale',
	is_apply_with_offer: 'Apply With Special Offers',
};

const has = (values: IDataObject, key: string) =>
	values[key] !== undefined && values[key] !== null && values[key] !== '' && !(Array.isArray(values[key]) && !(values[key] as unknown[]).length);

function flag(context: IExecuteSingleFunctions, key: string, raw: unknown): boolean {
	if (typeof raw === 'boolean') return raw;
	if (raw === 'true' || raw === 'false') return raw === 'true';
	throw inputError(context, `${LABELS[key]}: "${String(raw)}" is not true or false`, `Turn ${LABELS[key]} on or off.`);
}

/**
 * Salla's coupon body from the values the user set (Create: every field; Update: only the set ones),
 * every rule checked first. `mode` says which rules of Salla's two pages apply.
 */
export function couponBody(context: IExecuteSingleFunctions, values: IDataObject, mode: 'create' | 'update'): IDataObject {
	const body: IDataObject = {};
	if (mode === 'create' || has(values, 'code')) body.code = couponCode(context, values.code);

	let type: string | undefined;
	if (mode === 'create' || has(values, 'type')) {
		type = oneOf(context, LABELS.type, values.type, COUPON_TYPES);
		body.type = type;
	}

	const amount = optionalMoney(context, LABELS.amount, values.amount);
	if (amount === undefined && (mode === 'create' || type)) {
		throw inputError(
			context,
			`${LABELS.amount} is empty`,
			mode === 'create'
				? 'Give the discount: a percentage such as 10, or an amount in the store currency such as 30.'
				: 'Salla needs the Discount whenever the Discount Type changes: give both.',
		);
	}
	if (amount !== undefined) {
		if (amount <= 0) throw inputError(context, `${LABELS.amount} must be more than 0`, 'Give the discount as a positive number, such as 10.');
		if (type === 'percentage' && amount > 100) {
			throw inputError(context, `${LABELS.amount}: ${amount}% is more than 100%`, 'A percentage discount is at most 100.');
		}
		body.amount = amount;
	}

	const maximum = optionalMoney(context, LABELS.maximum_amount, values.maximum_amount);
	if (mode === 'create' && type === 'percentage' && maximum === undefined) {
		throw inputError(
			context,
			`${LABELS.maximum_amount} is empty`,
			'Salla needs the largest amount a percentage coupon can take off an order, for example 50.',
		);
	}
	if (maximum !== undefined) body.maximum_amount = maximum;

	const minimum = optionalMoney(context, LABELS.minimum_amount, values.minimum_amount);
	if (minimum !== undefined) body.minimum_amount = minimum;

	const start = optionalDate(context, LABELS.start_date, values.start_date);
	const expiry = optionalDate(context, LABELS.expiry_date, values.expiry_date);
	if (mode === 'create' && !expiry) {
		throw inputError(context, `${LABELS.expiry_date} is empty`, 'Pick the last day the coupon works.');
	}
	if (mode === 'create' && expiry && expiry <= riyadhToday()) {
		throw inputError(
			context,
			`${LABELS.expiry_date} (${expiry}) is not after today`,
			'Salla needs a new coupon to expire at least one day later than today.',
		);
	}
	if (start && expiry && expiry <= start) {
		throw inputError(
			context,
			`${LABELS.expiry_date} (${expiry}) is not after ${LABELS.start_date} (${start})`,
			'Pick an expiry date later than the start date.',
		);
	}
	if (start) body.start_date = start;
	if (expiry) body.expiry_date = expiry;

	for (const key of ['usage_limit', 'usage_limit_per_user']) {
		const limit = optionalNumber(context, LABELS[key], values[key], { min: 1, integer: true });
		if (limit !== undefined) body[key] = limit;
	}
	if (body.usage_limit !== undefined && body.usage_limit_per_user !== undefined && (body.usage_limit_per_user as number) > (body.usage_limit as number)) {
		throw inputError(
			context,
			`${LABELS.usage_limit_per_user} (${String(body.usage_limit_per_user)}) is more than ${LABELS.usage_limit} (${String(body.usage_limit)})`,
			'One customer cannot use the coupon more often than it can be used in all.',
		);
	}

	if (has(values, 'applied_in')) body.applied_in = oneOf(context, LABELS.applied_in, values.applied_in, APPLIED_IN);
	if (has(values, 'status')) body.status = oneOf(context, LABELS.status, values.status, STATUSES);
	for (const key of ['free_shipping', 'exclude_sale_products']) {
		if (mode === 'create' || has(values, key)) body[key] = flag(context, key, values[key] ?? false);
	}
	if (has(values, 'is_apply_with_offer')) body.is_apply_with_offer = flag(context, 'is_apply_with_offer', values.is_apply_with_offer);

	const methods = toList(values.payment_methods).map((method) => oneOf(context, 'Payment Methods', method, PAYMENT_METHODS));
	if (methods.length) body.payment_methods = methods;
	for (const list of ID_LISTS) {
		const ids = idList(context, `${list.label} Names or IDs`, values[list.name], list.example);
		if (ids.length) body[list.name] = ids.map(String);
	}
	for (const [include, exclude, label] of [
		['products_include', 'products_exclude', 'product'],
		['list_include_categories', 'list_exclude_categories', 'category'],
		['list_include_groups', 'list_exclude_groups', 'customer group'],
	]) {
		const both = ((body[include] as string[] | undefined) ?? []).filter((id) => ((body[exclude] as string[] | undefined) ?? []).includes(id));
		if (both.length) {
			throw inputError(
				context,
				`The ${label} ${both.join(', ')} is both included and excluded`,
				`Keep each ${label} in one list only.`,
			);
		}
	}
	return body;
}

export function readCouponFields(context: IExecuteSingleFunctions, collection: string): IDataObject {
	return (context.getNodeParameter(collection, {}) as IDataObject) ?? {};
}

