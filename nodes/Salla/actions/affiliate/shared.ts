import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalDate, optionalMoney, optionalText, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/**
 * What the Affiliate operations share: the affiliate picker and the body of Create and Update in
 * Salla's new affiliate system (title, type, apply_to, commission, discount, scopes, dates). Stores
 * still on the old system answer the deprecated shape (code, marketer_name…): it is output as it comes.
 */

export const affiliate = recordLocator({
	name: 'affiliates_id',
	displayName: 'Affiliate',
	noun: 'affiliate',
	example: '611208326',
	search: searchList('searchAffiliates', {
		path: '/affiliates',
		name: (affiliate) => String(affiliate.title || affiliate.marketer_name || affiliate.code || affiliate.id),
	}),
});

const LINK_TYPES = [
	{ name: 'Public', value: 'public' },
	{ name: 'Private', value: 'private' },
] as const;

const APPLY_TO = [
	{ name: 'First Order', value: 'first-order' },
	{ name: 'First and Second Orders', value: 'first-second-order' },
] as const;

const AMOUNT_TYPES = [
	{ name: 'Percentage', value: 'percent' },
	{ name: 'Fixed Amount', value: 'fixed' },
] as const;

const SCOPE_TYPES = [
	{ name: 'Whole Store', value: 'store' },
	{ name: 'Product', value: 'product' },
	{ name: 'Category', value: 'category' },
] as const;

const OPERATIONS = [
	{ name: 'Include', value: 'include' },
	{ name: 'Exclude', value: 'exclude' },
] as const;

/** The fields of an affiliate link, in panel order (Create shows them; Update shows them as options). */
export const affiliateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Ramadan influencers',
		description: 'The name of the affiliate link',
	},
	{
		displayName: 'Link Type',
		name: 'type',
		type: 'options',
		options: [...LINK_TYPES],
		default: 'public',
		description: 'Whether any marketer may use the link, or only the ones invited',
	},
	{
		displayName: 'Applies To',
		name: 'apply_to',
		type: 'options',
		options: [...APPLY_TO],
		default: 'first-order',
		description: 'Which orders of a referred customer earn the commission',
	},
	{
		displayName: 'Commission Type',
		name: 'commission_type',
		type: 'options',
		options: [...AMOUNT_TYPES],
		default: 'percent',
	},
	{
		displayName: 'Commission',
		name: 'commission_value',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 10,
		description: 'The marketer\'s commission: a percentage (at most 100) or an amount in the store currency',
	},
	{
		displayName: 'Discount Type',
		name: 'discount_type',
		type: 'options',
		options: [...AMOUNT_TYPES],
		default: 'percent',
	},
	{
		displayName: 'Discount',
		name: 'discount_value',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The discount the referred customer gets: a percentage (at most 100) or an amount',
	},
	{
		displayName: 'Scopes',
		name: 'scopes',
		type: 'fixedCollection',
		placeholder: 'Add Scope',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'What the link covers: the whole store (its ID from Store → Get Info), or products and categories',
		options: [
			{
				displayName: 'Scope',
				name: 'scope',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [...SCOPE_TYPES],
						default: 'product',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1234567',
						description: 'The ID of the store, product or category',
					},
					{
						displayName: 'Include or Exclude',
						name: 'include',
						type: 'options',
						options: [...OPERATIONS],
						default: 'include',
					},
				],
			},
		],
	},
	{
		displayName: 'Minimum Order for Commission',
		name: 'minimum_apply',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The smallest order total, in the store currency, that earns the commission',
	},
	{
		displayName: 'Start Date',
		name: 'start_date',
		type: 'dateTime',
		default: '',
		description: 'The first day the link works. Only the day is sent; the time is ignored.',
	},
	{
		displayName: 'End Date',
		name: 'end_date',
		type: 'dateTime',
		default: '',
		description: 'The last day the link works. Only the day is sent; the time is ignored.',
	},
];

function amount(context: IExecuteSingleFunctions, label: string, raw: unknown, type: string): number | undefined {
	const value = optionalMoney(context, label, raw);
	if (value !== undefined && type === 'percent' && value > 100) {
		throw inputError(context, `${label}: ${value}% is more than 100%`, 'A percentage is at most 100.');
	}
	return value;
}

/**
 * Salla's affiliate body from `read(name)` (the top-level fields on Create, Update Fields' options on
 * Update): only what is set, checked. `complete` asks for everything the Create schema requires.
 */
export function affiliateBody(context: IExecuteSingleFunctions, read: (name: string) => unknown, complete: boolean): IDataObject {
	const body: IDataObject = {};
	const title = optionalText(context, 'Title', read('title'));
	if (title) body.title = title;
	else if (complete) throw inputError(context, 'Title is empty', 'Give the affiliate link a title, for example "Ramadan influencers".');
	if (read('type') !== undefined) body.type = oneOf(context, 'Link Type', read('type'), LINK_TYPES);
	if (read('apply_to') !== undefined) body.apply_to = oneOf(context, 'Applies To', read('apply_to'), APPLY_TO);

	const commissionType = read('commission_type');
	const commissionValue = read('commission_value');
	if (commissionType !== undefined || commissionValue !== undefined || complete) {
		const type = oneOf(context, 'Commission Type', commissionType, AMOUNT_TYPES);
		const value = amount(context, 'Commission', commissionValue, type);
		if (value === undefined) throw inputError(context, 'Commission is empty', 'Give the marketer\'s commission, for example 10.');
		const commission: IDataObject = { type, value };
		const minimum = optionalMoney(context, 'Minimum Order for Commission', read('minimum_apply'));
		if (minimum !== undefined) commission.minimum_apply = minimum;
		body.commission = commission;
	}
	const discountType = read('discount_type');
	const discountValue = read('discount_value');
	if (discountType !== undefined || discountValue !== undefined || complete) {
		const type = oneOf(context, 'Discount Type', discountType, AMOUNT_TYPES);
		const value = amount(context, 'Discount', discountValue, type) ?? 0;
		body.discount = { type, value };
	}

	const rows = toList((read('scopes') as IDataObject | undefined)?.scope) as IDataObject[];
	if (rows.length) {
		body.scopes = rows.map((row, index) => {
			const label = `Scopes, scope ${index + 1}`;
			const type = oneOf(context, `${label}: Type`, row.type, SCOPE_TYPES);
			const [id] = idList(context, `${label}: ID`, row.id, '1234567');
			if (id === undefined) throw inputError(context, `${label}: ID is empty`, 'Give the ID of the store, product or category.');
			return { type, id, operation: oneOf(context, `${label}: Include or Exclude`, row.include ?? 'include', OPERATIONS) };
		});
	} else if (complete) {
		throw inputError(context, 'Scopes is empty', 'Add what the link covers: the whole store (its ID from Store → Get Info), or products or categories.');
	}

	const start = optionalDate(context, 'Start Date', read('start_date'));
	const end = optionalDate(context, 'End Date', read('end_date'));
	if (start && end && end < start) {
		throw inputError(context, `End Date (${end}) is before Start Date (${start})`, 'Pick an end date on or after the start date.');
	}
	if (start) body.start_date = start;
	if (end) body.end_date = end;
	return body;
}
