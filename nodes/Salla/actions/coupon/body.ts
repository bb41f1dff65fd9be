import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { idList, inputError, oneOf, optionalDate, optionalMoney, optionalNumber, optionalText, requireBoolean, toList } from '../../../shared/validate';
import { ACTIVE_STATUSES } from '../../common/vocabulary';
import { APPLIED_IN, COUPON_TYPES, couponCode, discountAmount, ID_LISTS, PAYMENT_METHODS, riyadhToday } from './shared';

/** Salla's coupon body from the panel's fields, every rule checked before sending. */

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

const flag = (context: IExecuteSingleFunctions, key: string, raw: unknown) => requireBoolean(context, LABELS[key], raw);

type Mode = 'create' | 'update';

/** Code, Discount Type, Discount, Maximum Discount and Minimum Order Amount. */
function discount(context: IExecuteSingleFunctions, values: IDataObject, mode: Mode): IDataObject {
	const body: IDataObject = {};
	if (mode === 'create' || has(values, 'code')) body.code = couponCode(context, values.code);

	let type: string | undefined;
	if (mode === 'create' || has(values, 'type')) {
		type = oneOf(context, LABELS.type, values.type, COUPON_TYPES);
		body.type = type;
	}

	const amount = discountAmount(context, LABELS.amount, values.amount, type === 'percentage');
	if (amount === undefined && (mode === 'create' || type)) {
		throw inputError(
			context,
			`${LABELS.amount} is empty`,
			mode === 'create'
				? 'Give the discount: a percentage such as 10, or an amount in the store currency such as 30.'
				: 'Salla needs the Discount whenever the Discount Type changes: give both.',
		);
	}
	if (amount !== undefined) body.amount = amount;

	const maximum = optionalMoney(context, LABELS.maximum_amount, values.maximum_amount);
	if (mode === 'create' && type === 'percentage' && maximum === undefined) {
		throw inputError(
			context,
			`${LABELS.maximum_amount} is empty`,
			'Salla needs the largest amount a percentage coupon can take off an order, for example 50.',
		);
	}
	if (maximum !== undefined && maximum <= 0) {
		throw inputError(
			context,
			`${LABELS.maximum_amount} must be more than 0`,
			'Give the largest amount a percentage coupon takes off an order, such as 50: Salla requires one, and 0 would take nothing off.',
		);
	}
	if (maximum !== undefined) body.maximum_amount = maximum;

	const minimum = optionalMoney(context, LABELS.minimum_amount, values.minimum_amount);
	if (minimum !== undefined) body.minimum_amount = minimum;
	return body;
}

/** Start Date and Expiry Date: a new coupon expires after today, and never before it starts. */
function validity(context: IExecuteSingleFunctions, values: IDataObject, mode: Mode): IDataObject {
	const body: IDataObject = {};
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
	return body;
}

/** Usage Limit and Usage Limit per Customer: one customer cannot use more than all of them. */
function usageLimits(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
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
	return body;
}

/** Applies In, Status and the on/off switches; Create always sends Free Shipping and Exclude Products on Sale. */
function switches(context: IExecuteSingleFunctions, values: IDataObject, mode: Mode): IDataObject {
	const body: IDataObject = {};
	if (has(values, 'applied_in')) body.applied_in = oneOf(context, LABELS.applied_in, values.applied_in, APPLIED_IN);
	if (has(values, 'status')) body.status = oneOf(context, LABELS.status, values.status, ACTIVE_STATUSES);
	for (const key of ['free_shipping', 'exclude_sale_products']) {
		if (mode === 'create' || has(values, key)) body[key] = flag(context, key, values[key] ?? false);
	}
	if (has(values, 'is_apply_with_offer')) body.is_apply_with_offer = flag(context, 'is_apply_with_offer', values.is_apply_with_offer);
	return body;
}

/** Payment methods and the products, categories and groups the coupon is for or not for. */
function targets(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
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

/**
 * Salla's coupon body from the values the user set (Create: every field; Update: only the set ones),
 * every rule checked first, in the order of the parts. `mode` says which rules of Salla's two pages apply.
 */
export function couponBody(context: IExecuteSingleFunctions, values: IDataObject, mode: Mode): IDataObject {
	return {
		...discount(context, values, mode),
		...validity(context, values, mode),
		...usageLimits(context, values),
		...switches(context, values, mode),
		...targets(context, values),
		...marketerBody(context, values),
	};
}

/** A marketer coupon's `marketing_*` fields, with `marketing_active: true`, when a marketer is named. */
function marketerBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const keys = ['marketing_name', 'marketing_type', 'marketing_amount', 'marketing_maximum_amount', 'marketing_info', 'marketing_show_maximum_amount', 'marketing_hide_total_sales'];
	if (!keys.some((key) => has(values, key))) return {};
	const name = optionalText(context, 'Marketer Name', values.marketing_name);
	if (!name) {
		throw inputError(context, 'Marketer Name is empty', 'A marketer coupon needs the marketer\'s name; remove the Marketer fields for a coupon without one.');
	}
	const type = oneOf(context, 'Marketer Commission Type', values.marketing_type ?? 'percentage', COUPON_TYPES);
	const amount = optionalMoney(context, 'Marketer Commission', values.marketing_amount);
	if (amount === undefined) throw inputError(context, 'Marketer Commission is empty', 'Give the marketer\'s commission, for example 10.');
	if (type === 'percentage' && amount > 100) {
		throw inputError(context, `Marketer Commission: ${amount}% is more than 100%`, 'A percentage commission is at most 100.');
	}
	const maximum = optionalMoney(context, 'Marketer Maximum Commission', values.marketing_maximum_amount);
	if (maximum === undefined) {
		throw inputError(context, 'Marketer Maximum Commission is empty', 'Salla needs the largest commission the marketer earns on one order, for example 50.');
	}
	const body: IDataObject = { marketing_active: true, marketing_name: name, marketing_type: type, marketing_amount: amount, marketing_maximum_amount: maximum };
	const info = optionalText(context, 'Marketer Info', values.marketing_info);
	if (info) body.marketing_info = info;
	if (has(values, 'marketing_show_maximum_amount')) body.marketing_show_maximum_amount = values.marketing_show_maximum_amount === true || values.marketing_show_maximum_amount === 'true';
	if (has(values, 'marketing_hide_total_sales')) body.marketing_hide_total_sales = values.marketing_hide_total_sales === true || values.marketing_hide_total_sales === 'true';
	return body;
}

/** A group coupon's fields (Create only): Salla makes `group_coupons_count` codes from the suffix. */
export function groupBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const name = optionalText(context, 'Group Name', values.group_name);
	if (!name) throw inputError(context, 'Group Name is empty', 'Give the group of codes a name, for example "Ramadan codes".');
	const count = optionalNumber(context, 'Number of Codes', values.group_coupons_count, { integer: true, min: 1 });
	if (count === undefined) throw inputError(context, 'Number of Codes is empty', 'Say how many codes Salla should make, for example 100.');
	const suffix = optionalText(context, 'Code Suffix', values.group_suffix);
	if (!suffix) throw inputError(context, 'Code Suffix is empty', 'Give up to 5 letters or numbers Salla adds to every code, for example RMD.');
	if (suffix.length > 5 || !/^[A-Za-z0-9]+$/.test(suffix)) {
		throw inputError(context, `Code Suffix: "${suffix}" is not up to 5 letters or numbers`, 'Give up to 5 English letters or numbers, for example RMD.');
	}
	return { is_group: true, group_name: name, group_coupons_count: count, group_suffix: suffix };
}
