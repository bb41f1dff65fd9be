import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalNumber, optionalText, optionalUrl, requireId, requireText, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { loadWith, searchList } from '../../common/search';
import { shippingCompanyOptions } from '../shippingCompany/shared';

/** What the Shipping Route operations share: the picker, the companies, the strategy and the branded settings. */

export const routeSearch = searchList('searchShippingRoutes', { path: '/shipping/routes' });

export const route = recordLocator({
	name: 'route_id',
	displayName: 'Shipping Route',
	noun: 'shipping route',
	shortNoun: 'route',
	example: '1670414609',
	search: routeSearch,
});

export const ROUTE_TYPES = [
	{ name: 'Normal', value: 'normal', description: 'The customer chooses among the route\'s shipping companies' },
	{ name: 'Auto', value: 'auto', description: 'The strategy assigns a shipping company' },
	{ name: 'Branded', value: 'branded', description: 'One delivery option under the store\'s own name' },
] as const;

export const STRATEGIES = [
	{ name: 'Default', value: 'default' },
	{ name: 'Lowest Price', value: 'lowest_price' },
	{ name: 'Manual', value: 'manual', description: 'In the companies\' priority order' },
	{ name: 'Quota', value: 'quota', description: 'Up to each company\'s capacity, then the fallback companies' },
	{ name: 'Ratio', value: 'ratio', description: 'Shared between companies by their capacity' },
] as const;

const PRICING = [
	{ name: 'Fixed', value: 'fixed' },
	{ name: 'By Weight', value: 'rate' },
] as const;

export const companiesField: INodeProperties = {
	displayName: 'Shipping Companies',
	name: 'companies',
	type: 'fixedCollection',
	placeholder: 'Add Shipping Company',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The shipping companies of the route',
	options: [
		{
			displayName: 'Company',
			name: 'company',
			values: [
				{
					displayName: 'Shipping Company Name or ID',
					name: 'id',
					type: 'options',
					typeOptions: loadWith(shippingCompanyOptions),
					default: '',
					description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'Its place among the route\'s companies (1 first); 0 sends none' },
				{ displayName: 'Capacity', name: 'capacity', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'Its share or quota (Ratio and Quota strategies); 0 sends none' },
			],
		},
	],
};

/** Salla's `companies` from the Shipping Companies rows; undefined when none. */
export function companies(context: IExecuteSingleFunctions): IDataObject[] | undefined {
	const rows = toList(context.getNodeParameter('companies.company', [])) as IDataObject[];
	if (!rows.length) return undefined;
	return rows.map((row, index) => {
		const label = `Shipping Company ${index + 1}`;
		const company: IDataObject = { id: requireId(context, `${label}: Shipping Company Name or ID`, row.id, '989286562') };
		for (const [key, name] of [
			['priority', 'Priority'],
			['capacity', 'Capacity'],
		]) {
			const value = optionalNumber(context, `${label}: ${name}`, row[key], { min: 0, integer: true });
			if (value) company[key] = value;
		}
		return company;
	});
}

/** The strategy's fields; `show` adds display options (Create shows them at the top level). */
export const strategyFields: INodeProperties[] = [
	{ displayName: 'Strategy', name: 'strategy_type', type: 'options', options: [...STRATEGIES], default: 'default', description: 'How the route picks a shipping company' },
	{ displayName: 'Capacity Level', name: 'capacity_level', type: 'string', default: '', placeholder: 'e.g. route', description: 'Where capacities apply (Quota and Ratio strategies)' },
	{
		displayName: 'Fallback Company Names or IDs',
		name: 'alternative_companies',
		type: 'multiOptions',
		typeOptions: loadWith(shippingCompanyOptions),
		default: [],
		description: 'Companies used when the others are full (Quota strategy). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** Salla's `strategy` from `values` (strategy_type, capacity_level, alternative_companies). */
export function strategy(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const type = oneOf(context, 'Strategy', values.strategy_type, STRATEGIES);
	const out: IDataObject = { type };
	const level = optionalText(context, 'Capacity Level', values.capacity_level);
	if (level) {
		if (type !== 'quota' && type !== 'ratio') throw inputError(context, 'Capacity Level is for the Quota and Ratio strategies', 'Remove Capacity Level, or choose Strategy Quota or Ratio.');
		out.capacity_level = level;
	}
	const fallback = idList(context, 'Fallback Company Names or IDs', values.alternative_companies, '665151403');
	if (fallback.length) {
		if (type !== 'quota') throw inputError(context, 'Fallback Company Names or IDs is for the Quota strategy', 'Remove the fallback companies, or choose Strategy Quota.');
		out.alternative_companies = fallback;
	}
	return out;
}

/**
 * The strategy of Update Fields-like `values` (`where`: the collection as the panel shows it), or
 * undefined when Strategy is not set; Salla takes the strategy whole, so its parts need Strategy.
 */
export function changedStrategy(context: IExecuteSingleFunctions, values: IDataObject, where: string): IDataObject | undefined {
	if (values.strategy_type !== undefined) return strategy(context, values);
	if (values.capacity_level !== undefined || values.alternative_companies !== undefined) {
		throw inputError(context, 'Strategy is empty', `Add Strategy to ${where}: Salla takes the strategy whole.`);
	}
	return undefined;
}

export const brandedField: INodeProperties = {
	displayName: 'Branded Delivery',
	name: 'branded',
	type: 'collection',
	placeholder: 'Add Branded Field',
	default: {},
	description: 'How a Branded route shows at checkout: Salla needs Name, Description, Logo URL, Pricing and Cost',
	options: [
		{ displayName: 'Amount per Unit', name: 'amount_per_unit', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'What each extra weight unit costs (Pricing By Weight)' },
		{ displayName: 'Combinable', name: 'combinable', type: 'boolean', default: false, description: 'Whether the route can be combined with others' },
		{ displayName: 'Cost', name: 'cost', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'The base shipping cost' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Fast delivery for premium customers' },
		{ displayName: 'Logo URL', name: 'logo_url', type: 'string', default: '', placeholder: 'e.g. https://example.com/logo.png' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Salla Delivery', description: 'The delivery option\'s name at checkout' },
		{ displayName: 'Per Unit', name: 'per_unit', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'The weight of one extra unit (Pricing By Weight)' },
		{ displayName: 'Pricing', name: 'pricing_type', type: 'options', options: [...PRICING], default: 'fixed' },
		{ displayName: 'Up to Weight', name: 'up_to_weight', type: 'number', typeOptions: { minValue: 0, numberPrecision: 0 }, default: 0, description: 'The weight the cost covers (Pricing By Weight)' },
	],
};

/** Salla's `branded` from the Branded Delivery collection (`required`: a Branded route being created). */
export function branded(context: IExecuteSingleFunctions, values: IDataObject, required: boolean): IDataObject | undefined {
	if (!Object.keys(values).length && !required) return undefined;
	const text = (key: string, label: string, hint: string) =>
		required ? requireText(context, `Branded Delivery: ${label}`, values[key], hint) : optionalText(context, `Branded Delivery: ${label}`, values[key]);
	const out: IDataObject = {};
	const name = text('name', 'Name', 'Give the delivery option\'s name, such as Salla Delivery.');
	if (name) out.name = name;
	const description = text('description', 'Description', 'Describe the delivery option, such as "Fast delivery".');
	if (description) out.description = description;
	const logo = optionalUrl(context, 'Branded Delivery: Logo URL', values.logo_url);
	if (logo) out.logo_url = logo;
	else if (required) throw inputError(context, 'Branded Delivery: Logo URL is empty', 'Give the logo\'s web address, starting with https://.');
	if (values.combinable !== undefined) out.combinable = values.combinable === true;
	if (required || values.pricing_type !== undefined || values.cost !== undefined) {
		const type = oneOf(context, 'Branded Delivery: Pricing', values.pricing_type ?? 'fixed', PRICING);
		const cost = optionalNumber(context, 'Branded Delivery: Cost', values.cost, { min: 0, integer: true });
		if (cost === undefined) throw inputError(context, 'Branded Delivery: Cost is empty', 'Give the base shipping cost, such as 30.');
		const pricing: IDataObject = { type, cost };
		if (type === 'rate') {
			for (const [key, label] of [
				['amount_per_unit', 'Amount per Unit'],
				['up_to_weight', 'Up to Weight'],
				['per_unit', 'Per Unit'],
			]) {
				const value = optionalNumber(context, `Branded Delivery: ${label}`, values[key], { min: 0, integer: true });
				if (!value) throw inputError(context, `Branded Delivery: ${label} is empty`, `Pricing By Weight needs ${label}.`);
				pricing[key] = value;
			}
		}
		out.pricing = pricing;
	}
	return out;
}
