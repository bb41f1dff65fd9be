import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	inputError,
	oneOf,
	optionalDate,
	optionalEmail,
	optionalText,
	toList,
	idList,
} from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { adminUrl, fullName, loadWith, searchList } from '../../common/search';
import { customerGroupOptions } from '../customerGroup/shared';

/**
 * What several Customer operations share: the customer picker, the customer's details (Create and
 * Update send the same body), the extra fields Salla can add to a customer, and a "several customers"
 * field (picked from the list, or IDs) that Loyalty Points and Customer Group → Add Customers use.
 */

/**
 * The customer picker. No "By URL": both of Salla's examples show a dashboard URL whose number is
 * not the customer's ID (ID 1188233194, `https://s.salla.sa/customers/243798`), so a pasted URL
 * could name another customer.
 */
/** Customers, searched by Salla's keyword (name, mobile or e-mail). */
export const customerSearch = searchList('searchCustomers', {
	path: '/customers',
	keyword: true,
	name: (customer) => {
		const contact = customer.mobile ? `${String(customer.mobile_code ?? '')}${String(customer.mobile)}` : customer.email;
		return `${fullName(customer) || String(customer.id)}${contact ? ` · ${String(contact)}` : ''}`;
	},
	url: adminUrl,
});

export const customer = recordLocator({
	name: 'customer',
	displayName: 'Customer',
	noun: 'customer',
	example: '2075683582',
	search: customerSearch,
	description: 'The customer. Search by name, mobile or e-mail.',
});

export const GENDERS = [
	{ name: 'Male', value: 'male' },
	{ name: 'Female', value: 'female' },
] as const;

/** Extra fields Salla adds to customers of a list when asked (`fields[]`). */
export const LIST_EXTRA_FIELDS = [
	{ name: 'Block Reason', value: 'block_reason' },
	{ name: 'Country ID', value: 'country_id' },
	{ name: 'Current Store Customer', value: 'current_store_customer' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Is Blocked', value: 'is_blocked' },
	{ name: 'Is Inactive', value: 'is_inactive' },
	{ name: 'Is Notifications Enabled', value: 'is_notifications_enabled' },
	{ name: 'Is Orders Rated', value: 'is_orders_rated' },
	{ name: 'Is Whitelisted', value: 'is_whitelisted' },
	{ name: 'Total Points', value: 'total_points' },
];

/** A single customer's page offers these too (order statistics, wallet). */
export const DETAIL_EXTRA_FIELDS = [
	...LIST_EXTRA_FIELDS,
	{ name: 'Abandoned Carts Items', value: 'abandoned_carts_items' },
	{ name: 'Latest Purchase', value: 'latest_purchase' },
	{ name: 'Orders Amount', value: 'orders_amount' },
	{ name: 'Orders Average', value: 'orders_average' },
	{ name: 'Orders Cancel', value: 'orders_cancel' },
	{ name: 'Orders Cancel Ratio', value: 'orders_cancel_ratio' },
	{ name: 'Orders Complete Ratio', value: 'orders_complete_ratio' },
	{ name: 'Orders Count', value: 'orders_count' },
	{ name: 'Wallet Balance', value: 'wallet_balance' },
].sort((a, b) => a.name.localeCompare(b.name));

/** The Extra Fields multi-select; its values go out as `fields[]=...` (see sendExtraFields). */
export function extraFieldsField(
	options: Array<{ name: string; value: string }>,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Extra Fields',
		name: 'fields',
		type: 'multiOptions',
		options,
		default: [],
		description: 'Details Salla leaves out unless asked, added to each customer',
		...extra,
	};
}

/**
 * `fields[]=a&fields[]=b`, Salla's form for a list in the query (n8n's default would send
 * `fields[0]=a`). `parameter` is where the multi-select sits (`fields` or `filters.fields`).
 */
export function sendExtraFields(parameter: string, options: Array<{ name: string; value: string }>) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const chosen = toList(this.getNodeParameter(parameter, []));
		const fields = chosen.map((value) => oneOf(this, 'Extra Fields', value, options));
		if (fields.length) {
			requestOptions.qs = { ...requestOptions.qs, fields };
			requestOptions.arrayFormat = 'brackets';
		}
		return requestOptions;
	};
}

// --- A customer's details (Create and Update) -------------------------------------------------

/** The body's fields, in Salla's words, with their label in the panel. */
const DETAILS = {
	first_name: 'First Name',
	last_name: 'Last Name',
	mobile_code_country: 'Mobile Country Code',
	mobile: 'Mobile',
	email: 'Email',
	gender: 'Gender',
	birthday: 'Birthday',
	groups: 'Customer Group Names or IDs',
} as const;
type Detail = keyof typeof DETAILS;

/** Where each detail is read: a top-level field name, or `collection.name`. */
export type DetailLocation = Record<Detail, string>;

const read = (context: IExecuteSingleFunctions, where: DetailLocation, detail: Detail): unknown =>
	context.getNodeParameter(where[detail], '') as unknown;

/** `+966`: a plus and 1 to 4 digits. "966" and "00966" are read as "+966". */
function countryCode(context: IExecuteSingleFunctions, raw: unknown): string | undefined {
	const text = optionalText(context, DETAILS.mobile_code_country, raw);
	if (text === undefined) return undefined;
	const digits = /^(?:\+|00)?([1-9][0-9]{0,3})$/.exec(text.replace(/\s+/g, ''));
	if (!digits) {
		throw inputError(
			context,
			`Mobile Country Code: "${text}" is not a country calling code`,
			'Give the code with a plus, as Salla writes it: +966 for Saudi Arabia, +971 for the UAE.',
		);
	}
	return `+${digits[1]}`;
}

/** The mobile number without its country code: digits only (spaces are dropped). */
function mobileNumber(context: IExecuteSingleFunctions, raw: unknown): string | undefined {
	const text = optionalText(context, DETAILS.mobile, raw);
	if (text === undefined) return undefined;
	const compact = text.replace(/[\s-]+/g, '');
	if (!/^[0-9]{4,15}$/.test(compact)) {
		throw inputError(
			context,
			`Mobile: "${text}" is not a mobile number`,
			/^(\+|00)/.test(compact)
				? 'Give the number without its country code, such as 555555555, and the code (+966) in Mobile Country Code.'
				: 'Give the number in digits only, without its country code, such as 555555555.',
		);
	}
	return compact;
}

/** Salla's customer body from what the user set; only what is set is in it. */
export function customerBody(context: IExecuteSingleFunctions, where: DetailLocation): IDataObject {
	const body: IDataObject = {};
	const firstName = optionalText(context, DETAILS.first_name, read(context, where, 'first_name'));
	if (firstName) body.first_name = firstName;
	const lastName = optionalText(context, DETAILS.last_name, read(context, where, 'last_name'));
	if (lastName) body.last_name = lastName;

	const mobile = mobileNumber(context, read(context, where, 'mobile'));
	const code = countryCode(context, read(context, where, 'mobile_code_country'));
	if (mobile && !code) {
		throw inputError(
			context,
			'Mobile Country Code is empty',
			'Salla takes the mobile number and its country code together: give the code as +966.',
		);
	}
	if (mobile) {
		body.mobile = mobile;
		body.mobile_code_country = code;
	}

	const email = optionalEmail(context, DETAILS.email, read(context, where, 'email'));
	if (email) body.email = email;
	const gender = read(context, where, 'gender');
	if (gender !== '' && gender !== undefined && gender !== null) body.gender = oneOf(context, DETAILS.gender, gender, GENDERS);
	const birthday = optionalDate(context, DETAILS.birthday, read(context, where, 'birthday'));
	if (birthday) body.birthday = birthday;
	const groups = idList(context, 'Customer Groups', read(context, where, 'groups'), '1394760126');
	if (groups.length) body.groups = groups;
	return body;
}

/** True when the item sets a Mobile Country Code without a Mobile (Update: nothing to send it with). */
export function codeWithoutMobile(context: IExecuteSingleFunctions, where: DetailLocation): boolean {
	return (
		mobileNumber(context, read(context, where, 'mobile')) === undefined &&
		countryCode(context, read(context, where, 'mobile_code_country')) !== undefined
	);
}

/** The detail fields as the panel shows them; `names` maps each to its parameter name. */
export const detailFields: Record<Detail, INodeProperties> = {
	first_name: {
		displayName: DETAILS.first_name,
		name: 'first_name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Ahmed',
	},
	last_name: {
		displayName: DETAILS.last_name,
		name: 'last_name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Ali',
	},
	mobile_code_country: {
		displayName: DETAILS.mobile_code_country,
		name: 'mobile_code_country',
		type: 'string',
		default: '+966',
		placeholder: 'e.g. +966',
		description: 'The country calling code of the mobile number, with a plus: +966 for Saudi Arabia',
	},
	mobile: {
		displayName: DETAILS.mobile,
		name: 'mobile',
		type: 'string',
		default: '',
		placeholder: 'e.g. 555555555',
		description: 'The mobile number in digits, without the country code. Salla allows one customer per number.',
	},
	email: {
		displayName: DETAILS.email,
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Salla allows one customer per e-mail address',
	},
	gender: {
		displayName: DETAILS.gender,
		name: 'gender',
		type: 'options',
		options: [...GENDERS],
		default: 'male',
	},
	birthday: {
		displayName: DETAILS.birthday,
		name: 'birthday',
		type: 'dateTime',
		default: '',
		description: 'Sent to Salla as a date (YYYY-MM-DD); the time is ignored',
	},
	groups: {
		displayName: DETAILS.groups,
		name: 'groups',
		type: 'multiOptions',
		typeOptions: loadWith(customerGroupOptions),
		default: [],
		description:
			'The customer groups the customer belongs to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
};
