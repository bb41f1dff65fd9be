import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, optionalMoney, requireText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { loadWith, type OptionsPicker, searchList } from '../../common/search';
import { brandOptions } from '../brand/shared';
import { categoryOptions } from '../category/shared';
import { customerGroupOptions } from '../customerGroup/shared';
import { productOptions } from '../product/shared';
import { shippingCompanyOptions } from '../shippingCompany/shared';
import { ACTIVE_STATUSES } from '../../common/vocabulary';

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
	search: searchList('searchCoupons', { path: '/coupons', keyword: true, name: (coupon) => String(coupon.code ?? coupon.id) }),
});

export const COUPON_TYPES = [
	{ name: 'Percentage', value: 'percentage', description: 'A percentage off the order, such as 10%' },
	{ name: 'Fixed Amount', value: 'fixed', description: 'An amount off the order in the store currency, such as 30 SAR' },
] as const;

export const APPLIED_IN = [
	{ name: 'Everywhere', value: 'all' },
	{ name: 'Website Only', value: 'web' },
	{ name: 'App Only', value: 'app' },
] as const;

/** Today's date in the store's time zone (Salla stores are in Asia/Riyadh, UTC+3, no daylight saving). */
export function riyadhToday(now = new Date()): string {
	return new Date(now.getTime() + 3 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A discount (coupon, special offer): more than 0, a percentage at most 100; undefined when empty. */
export function discountAmount(context: IExecuteSingleFunctions, label: string, raw: unknown, percentage: boolean): number | undefined {
	const value = optionalMoney(context, label, raw);
	if (value === undefined) return undefined;
	if (value <= 0) throw inputError(context, `${label} must be more than 0`, 'Give the discount as a positive number, such as 10.');
	if (percentage && value > 100) throw inputError(context, `${label}: ${value}% is more than 100%`, 'A percentage discount is at most 100.');
	return value;
}

const CODE_PATTERN = /^[A-Za-z0-9\u0621-\u064A\u0660-\u0669\u06F0-\u06F9]+$/;

export function couponCode(context: IExecuteSingleFunctions, raw: unknown): string {
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

/**
 * The record lists a coupon applies to or leaves out: Salla's names, IDs sent as text like its
 * examples; each a dropdown of `picker`, described by what it is for (`purpose`).
 */
export const ID_LISTS: Array<{ name: string; label: string; example: string; picker: OptionsPicker; purpose: string }> = [
	{ name: 'products_include', label: 'Included Products', example: '1626467363', picker: productOptions, purpose: 'Products the coupon applies to; leave empty for every product' },
	{ name: 'products_exclude', label: 'Excluded Products', example: '213592621', picker: productOptions, purpose: 'Products the coupon never applies to' },
	{ name: 'list_include_categories', label: 'Included Categories', example: '676928739', picker: categoryOptions, purpose: 'Categories the coupon applies to; leave empty for every category' },
	{ name: 'list_exclude_categories', label: 'Excluded Categories', example: '1585249762', picker: categoryOptions, purpose: 'Categories the coupon never applies to' },
	{ name: 'list_exclude_brands', label: 'Excluded Brands', example: '1939592358', picker: brandOptions, purpose: 'Brands the coupon never applies to' },
	{ name: 'list_include_groups', label: 'Included Customer Groups', example: '322729604', picker: customerGroupOptions, purpose: 'Only customers of these groups may use the coupon' },
	{ name: 'list_exclude_groups', label: 'Excluded Customer Groups', example: '1830458757', picker: customerGroupOptions, purpose: 'Customers of these groups may not use the coupon' },
	{ name: 'list_exclude_shipping', label: 'Excluded Shipping Companies', example: '1345871747', picker: shippingCompanyOptions, purpose: 'Shipping companies the coupon does not work with' },
];

/** Salla's payment methods for `payment_methods` (the Update Coupon page's enum of slugs), named in words. */
const PAYMENT_METHOD_NAMES: Record<string, string> = {
	all: 'All',
	apple_pay: 'Apple Pay',
	bank: 'Bank Transfer',
	cod: 'Cash on Delivery',
	credit_card: 'Credit Card',
	knet: 'KNET',
	mada: 'Mada',
	paypal: 'PayPal',
	spotii_pay: 'Spotii',
	stc_pay: 'STC Pay',
	tabby_installment: 'Tabby Installments',
	tamara_installment: 'Tamara Installments',
};
export const PAYMENT_METHODS = Object.entries(PAYMENT_METHOD_NAMES)
	.map(([value, name]) => ({ name, value, description: `Salla's slug: ${value}` }))
	.sort((a, b) => a.name.localeCompare(b.name));

/**
 * A marketer coupon: the marketer's name and commission (Salla's `marketing_*`, sent with
 * `marketing_active: true`). Name, commission type, commission and maximum commission are required
 * together, per the Update Coupon page.
 */
const marketerFields: INodeProperties[] = [
	{
		displayName: 'Marketer Name',
		name: 'marketing_name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Sara Ahmed',
		description: 'Makes this a marketer coupon: the marketer who earns a commission on its use',
	},
	{
		displayName: 'Marketer Commission Type',
		name: 'marketing_type',
		type: 'options',
		options: [...COUPON_TYPES],
		default: 'percentage',
		description: 'Whether the marketer earns a percentage of each order or a fixed amount',
	},
	{
		displayName: 'Marketer Commission',
		name: 'marketing_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The marketer\'s commission: a percentage (at most 100) or an amount in the store currency',
	},
	{
		displayName: 'Marketer Maximum Commission',
		name: 'marketing_maximum_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The largest commission, in the store currency, the marketer earns on one order',
	},
	{
		displayName: 'Marketer Info',
		name: 'marketing_info',
		type: 'string',
		default: '',
		description: 'Notes about the marketer',
	},
	{
		displayName: 'Show Maximum to Marketer',
		name: 'marketing_show_maximum_amount',
		type: 'boolean',
		default: false,
		description: 'Whether the marketer sees the maximum commission',
	},
	{
		displayName: 'Hide Total Sales From Marketer',
		name: 'marketing_hide_total_sales',
		type: 'boolean',
		default: false,
		description: 'Whether the marketer\'s statistics hide the total sales',
	},
];

/** The optional coupon settings, shared by Create's Additional Fields and Update's Update Fields. */
export const optionalCouponFields: INodeProperties[] = [
	...marketerFields,
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
			typeOptions: loadWith(list.picker),
			default: [],
			description: `${list.purpose}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		}),
	),
	{
		displayName: 'Payment Methods',
		name: 'payment_methods',
		type: 'multiOptions',
		options: PAYMENT_METHODS,
		default: [],
		description: 'The payment methods the coupon works with; an expression may give Salla\'s slugs, such as apple_pay',
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
		description: 'The first day the coupon works; Salla uses the day it is created when empty. Only the day is sent; the time is ignored.',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [...ACTIVE_STATUSES],
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

/**
 * The coupon's terms: top-level and required on Create (Salla requires them), optional in Update
 * Fields on Update, where only what is set is sent.
 */
export function couponTerms(mode: 'create' | 'update'): INodeProperties[] {
	const create = mode === 'create';
	const required = create ? { required: true } : {};
	return [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			// Create: shown for single coupons only, so not marked required: the node checks it (an
			// expression in Group Coupon would otherwise make n8n ask for it on group coupons too).
			...(create ? { displayOptions: { show: { is_group: [false] } } } : {}),
			default: '',
			placeholder: 'e.g. SUMMER10',
			description: 'What customers type at checkout: Arabic or English letters and numbers, no spaces',
		},
		{
			displayName: 'Discount Type',
			name: 'type',
			type: 'options',
			options: [...COUPON_TYPES],
			default: 'percentage',
			...(create ? {} : { description: 'Salla needs the Discount too when the type changes' }),
		},
		{
			displayName: 'Discount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			...required,
			default: 10,
			description: 'The percentage (at most 100) or the amount in the store currency taken off the order',
		},
		{
			displayName: 'Maximum Discount',
			name: 'maximum_amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: `The largest amount, in the store currency, a percentage coupon takes off an order${
				create ? '. Salla requires it for a percentage coupon: the node stops before sending when it is 0.' : ''
			}`,
			...(create ? { displayOptions: { show: { type: ['percentage'] } } } : {}),
		},
		{
			displayName: 'Expiry Date',
			name: 'expiry_date',
			type: 'dateTime',
			...required,
			default: '',
			description: `The last day the coupon works; it must be later than ${create ? 'today and than ' : ''}the start date. Only the day is sent; the time is ignored.`,
		},
		{
			displayName: 'Free Shipping',
			name: 'free_shipping',
			type: 'boolean',
			default: false,
			description: 'Whether the coupon also makes shipping free',
		},
		{
			displayName: 'Exclude Products on Sale',
			name: 'exclude_sale_products',
			type: 'boolean',
			default: false,
			description: 'Whether products already on sale get no coupon discount',
		},
	];
}
