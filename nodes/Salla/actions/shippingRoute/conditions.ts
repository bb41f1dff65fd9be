import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalNumber, requireId, requireTime, toList } from '../../../shared/validate';
import { COMPARING, MEMBERSHIPS, sallaOperator } from '../../common/operators';

/**
 * A shipping route's `conditions`: when the route applies at checkout. Each row is one condition;
 * its value is read by type, as Salla's Create Route example shows: numbers (cart total, weight,
 * quantity, branch count), {min, max} for Between, ID lists (categories, customer groups, branches),
 * {days, time_from, time_to} for a schedule, {quantity, product_ids} for specific products, and
 * area groups `[{type: allowed|excluded, areas: [{country_id, city_ids}]}]` (rows of type Areas are
 * gathered into one condition).
 */

const TYPES = [
	{ name: 'Areas', value: 'areas' },
	{ name: 'Branches', value: 'branches' },
	{ name: 'Cart Quantity', value: 'cart_quantity' },
	{ name: 'Cart Total', value: 'cart_total' },
	{ name: 'Cart Weight', value: 'cart_weight' },
	{ name: 'Categories', value: 'categories' },
	{ name: 'Customer Groups', value: 'customer_groups' },
	{ name: 'Number of Branches', value: 'branch_count' },
	{ name: 'Schedule', value: 'schedule' },
	{ name: 'Specific Products Quantity', value: 'specific_products_quantity' },
] as const;

const OPERATORS = [...COMPARING, { name: 'Between', value: 'between' }, ...MEMBERSHIPS] as const;

const MATCHES = [
	{ name: 'All Conditions', value: 'all' },
	{ name: 'Any Condition', value: 'any' },
] as const;

const AREA_RULES = [
	{ name: 'Allowed', value: 'allowed' },
	{ name: 'Excluded', value: 'excluded' },
] as const;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBERS = ['cart_total', 'cart_weight', 'cart_quantity', 'branch_count'];
const LISTS = ['categories', 'customer_groups', 'branches'];
const show = (...types: string[]) => ({ show: { type: types } });

export const conditionMatchField: INodeProperties = {
	displayName: 'Match',
	name: 'condition_match',
	type: 'options',
	options: [...MATCHES],
	default: 'all',
	description: 'Whether every condition must hold for the route to apply, or one is enough',
};

export const conditionsField: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'When the route applies at checkout',
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			// Sorted by name as n8n's lint requires; each row shows only the fields of its Type.
			values: [
				{ displayName: 'Area Rule', name: 'area_type', type: 'options', options: [...AREA_RULES], default: 'allowed', displayOptions: show('areas') },
				{ displayName: 'City IDs', name: 'city_ids', type: 'string', default: '', placeholder: 'e.g. 1473353380, 1939592358', description: 'Separated by commas', displayOptions: show('areas') },
				{ displayName: 'Country ID', name: 'country_id', type: 'string', default: '', placeholder: 'e.g. 1473353380', displayOptions: show('areas') },
				{ displayName: 'Days', name: 'days', type: 'multiOptions', options: DAYS.map((day) => ({ name: day, value: day })), default: [], displayOptions: show('schedule') },
				{ displayName: 'From Time', name: 'time_from', type: 'string', default: '', placeholder: 'e.g. 11:00', description: '24-hour HH:MM', displayOptions: show('schedule') },
				{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: 'e.g. 1937885067, 1299113620', description: 'The IDs of the categories, customer groups or branches, separated by commas', displayOptions: show(...LISTS) },
				{ displayName: 'Max', name: 'max', type: 'number', default: 0, description: 'The upper bound (Operator Between; Value is the lower bound)', displayOptions: show(...NUMBERS) },
				{ displayName: 'Operator', name: 'operator', type: 'options', options: [...OPERATORS], default: '>=', displayOptions: show(...NUMBERS, ...LISTS) },
				{ displayName: 'Product IDs', name: 'product_ids', type: 'string', default: '', placeholder: 'e.g. 1784895147', description: 'Separated by commas', displayOptions: show('specific_products_quantity') },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1, displayOptions: show('specific_products_quantity') },
				{ displayName: 'To Time', name: 'time_to', type: 'string', default: '', placeholder: 'e.g. 16:30', description: '24-hour HH:MM', displayOptions: show('schedule') },
				{ displayName: 'Type', name: 'type', type: 'options', options: [...TYPES], default: 'cart_total' },
				{ displayName: 'Value', name: 'value', type: 'number', default: 0, description: 'The amount to compare with', displayOptions: show(...NUMBERS) },
			],
		},
	],
};

/** Match (`condition_match`), checked: an expression may give anything. */
export const readMatch = (context: IExecuteSingleFunctions, raw: unknown) => oneOf(context, 'Match', raw, MATCHES);

/** Salla's `conditions` from the Conditions rows; undefined when none. */
export function conditions(context: IExecuteSingleFunctions): IDataObject[] | undefined {
	const rows = toList(context.getNodeParameter('conditions.condition', [])) as IDataObject[];
	if (!rows.length) return undefined;
	const out: IDataObject[] = [];
	const areas: Record<string, IDataObject[]> = {};
	rows.forEach((row, index) => {
		const label = `Condition ${index + 1}`;
		const type = oneOf(context, `${label}: Type`, row.type, TYPES);
		if (NUMBERS.includes(type)) {
			const operator = oneOf(context, `${label}: Operator`, row.operator ?? '>=', OPERATORS);
			if (operator === 'in' || operator === 'not_in') throw inputError(context, `${label}: ${operator} is for lists`, 'Compare an amount with Equals, Greater Than, At Least, Less Than, At Most or Between.');
			const min = optionalNumber(context, `${label}: Value`, row.value, { min: 0 }) ?? 0;
			if (operator !== 'between') return out.push({ type, operator: sallaOperator(operator), value: min });
			const max = optionalNumber(context, `${label}: Max`, row.max, { min: 0 }) ?? 0;
			if (max <= min) throw inputError(context, `${label}: Max (${max}) is not above Value (${min})`, 'Between needs Value as the lower bound and Max as the upper one.');
			return out.push({ type, operator, value: { min, max } });
		}
		if (LISTS.includes(type)) {
			const operator = oneOf(context, `${label}: Operator`, row.operator ?? 'in', OPERATORS);
			if (operator !== 'in' && operator !== 'not_in') throw inputError(context, `${label}: use Is One Of or Is None Of`, 'Categories, customer groups and branches are matched as a list.');
			const ids = idList(context, `${label}: IDs`, row.ids, '1937885067');
			if (!ids.length) throw inputError(context, `${label}: IDs is empty`, 'Give at least one ID.');
			// Salla's example gives customer group and branch IDs as text, category IDs as numbers.
			return out.push({ type, operator, value: type === 'categories' ? ids : ids.map(String) });
		}
		if (type === 'schedule') {
			const days = toList(row.days).map(String);
			if (!days.length || days.some((day) => !DAYS.includes(day))) throw inputError(context, `${label}: Days is empty`, 'Choose the days the route applies on.');
			const from = requireTime(context, `${label}: From Time`, row.time_from);
			const to = requireTime(context, `${label}: To Time`, row.time_to);
			return out.push({ type, operator: 'within_range', value: { days, time_from: from, time_to: to } });
		}
		if (type === 'specific_products_quantity') {
			const quantity = optionalNumber(context, `${label}: Quantity`, row.quantity, { min: 1, integer: true });
			if (quantity === undefined) throw inputError(context, `${label}: Quantity is empty`, 'Give how many of the products the cart must hold.');
			const products = idList(context, `${label}: Product IDs`, row.product_ids, '1784895147');
			if (!products.length) throw inputError(context, `${label}: Product IDs is empty`, 'Give at least one product ID.');
			return out.push({ type, operator: 'in', value: { quantity, product_ids: products } });
		}
		const group = oneOf(context, `${label}: Area Rule`, row.area_type ?? 'allowed', AREA_RULES);
		const country = requireId(context, `${label}: Country ID`, row.country_id, '1473353380');
		(areas[group] ??= []).push({ country_id: country, city_ids: idList(context, `${label}: City IDs`, row.city_ids, '1939592358') });
		return out.length;
	});
	const groups = Object.entries(areas).map(([type, list]) => ({ type, areas: list }));
	if (groups.length) out.push({ type: 'areas', operator: 'in', value: groups });
	return out;
}
