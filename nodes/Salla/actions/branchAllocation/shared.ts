import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalNumber, optionalText, requireId, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { COMPARING, MEMBERSHIPS, sallaOperator } from '../../common/operators';
import { loadWith, searchList } from '../../common/search';
import { branchOptions } from '../branch/shared';
import { shippingCompanyOptions } from '../shippingCompany/shared';

/** What the Branch Allocation operations share: the picker, Salla's vocabularies, the body's fields and checks. */

export const allocationSearch = searchList('searchBranchAllocations', { path: '/branches/allocation' });

export const allocation = recordLocator({
	name: 'allocation_id',
	displayName: 'Allocation Rule',
	noun: 'allocation rule',
	shortNoun: 'rule',
	example: '1939592358',
	search: allocationSearch,
});

export const STRATEGIES = [
	{ name: 'Closest to Customer', value: 'closest_to_customer' },
	{ name: 'Most Stock', value: 'most_stock' },
	{ name: 'Priority', value: 'priority', description: 'In the order of the branches\' priorities' },
] as const;

export const ACTION_TYPES = [
	{ name: 'Chosen Branches', value: 'branch', description: 'Orders go to the branches chosen here' },
	{ name: 'Any Branch, by Strategy', value: 'branches', description: 'A strategy picks the branch' },
] as const;

const RULE_TYPES = [
	{ name: 'Destination City', value: 'destination_city' },
	{ name: 'Destination Country', value: 'destination_country' },
	{ name: 'Number of Items', value: 'total_items' },
	{ name: 'Product Tags', value: 'product_tags' },
	{ name: 'SKUs', value: 'skus' },
	{ name: 'Store Scope', value: 'scope_id' },
	{ name: 'Total Quantity', value: 'total_quantity' },
] as const;

const OPERATORS = [...COMPARING, ...MEMBERSHIPS, { name: 'Has Any Of', value: 'any_in' }] as const;

const COMPARISONS = ['>', '>=', '<', '<='];
const COUNTS = ['total_items', 'total_quantity'];

export const companyField: INodeProperties = {
	displayName: 'Shipping Company Name or ID',
	name: 'company_id',
	type: 'options',
	typeOptions: loadWith(shippingCompanyOptions),
	default: '',
	description: 'The shipping company the rule applies to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const priorityField: INodeProperties = {
	displayName: 'Priority',
	name: 'priority',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
	description: 'The rule\'s place in the order rules are tried (1 first)',
};

export const actionTypeField: INodeProperties = { displayName: 'Allocate To', name: 'action_type', type: 'options', options: [...ACTION_TYPES], default: 'branch' };

export const branchesField: INodeProperties = {
	displayName: 'Branch Names or IDs',
	name: 'branch_ids',
	type: 'multiOptions',
	typeOptions: loadWith(branchOptions),
	default: [],
	description: 'The branches orders go to (Allocate To: Chosen Branches). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const strategyField: INodeProperties = {
	displayName: 'Strategy',
	name: 'strategy',
	type: 'options',
	options: [...STRATEGIES],
	default: 'most_stock',
	description: 'How the branch is picked (Allocate To: Any Branch, by Strategy)',
};

export const singleBranchField: INodeProperties = {
	displayName: 'Single Branch Only',
	name: 'single_branch_only',
	type: 'boolean',
	default: false,
	description: 'Whether the whole order\'s stock comes from one branch rather than several',
};

export const rulesField: INodeProperties = {
	displayName: 'Conditions',
	name: 'rules',
	type: 'fixedCollection',
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'Which orders the rule applies to; all must hold',
	options: [
		{
			displayName: 'Condition',
			name: 'rule',
			values: [
				{ displayName: 'Field', name: 'type', type: 'options', options: [...RULE_TYPES], default: 'total_quantity' },
				{ displayName: 'Operator', name: 'operator', type: 'options', options: [...OPERATORS], default: '>=' },
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3, or 1473353380, 1939592358',
					description: 'A number for counts; for lists, values separated by commas (IDs of countries or cities, tags, SKUs)',
				},
			],
		},
	],
};

/** Salla's `rules` from the Conditions rows (`value` is a list, as the schema says); undefined when none. */
export function rules(context: IExecuteSingleFunctions): IDataObject[] | undefined {
	const rows = toList(context.getNodeParameter('rules.rule', [])) as IDataObject[];
	if (!rows.length) return undefined;
	return rows.map((row, index) => {
		const label = `Condition ${index + 1}`;
		const type = oneOf(context, `${label}: Field`, row.type, RULE_TYPES);
		const operator = oneOf(context, `${label}: Operator`, row.operator, OPERATORS);
		const value = toList(row.value).map(String);
		if (!value.length) throw inputError(context, `${label}: Value is empty`, 'Give the value to compare with, such as 3.');
		if (COMPARISONS.includes(operator)) {
			if (!COUNTS.includes(type)) {
				throw inputError(context, `${label}: ${operator} compares numbers`, 'Use Is One Of, Is None Of, Equals or Does Not Equal for this field; greater/less than is for Number of Items and Total Quantity.');
			}
		}
		if (COUNTS.includes(type)) {
			if (value.length !== 1) throw inputError(context, `${label}: Value is one number for ${type === 'total_items' ? 'Number of Items' : 'Total Quantity'}`, 'Give one whole number, such as 3.');
			optionalNumber(context, `${label}: Value`, value[0], { min: 0, integer: true });
		}
		return { type, operator: sallaOperator(operator), value };
	});
}

/** Salla's `action` from `values` (the item's fields, or Update Fields). */
export function action(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const type = oneOf(context, 'Allocate To', values.action_type, ACTION_TYPES);
	const out: IDataObject = { type };
	if (type === 'branch') {
		const ids = idList(context, 'Branch Names or IDs', values.branch_ids, '1937885067');
		if (!ids.length) throw inputError(context, 'Branch Names or IDs is empty', 'Choose the branches orders go to, or Allocate To Any Branch, by Strategy.');
		// The schema takes the branch IDs as numbers (its examples show text; the schema wins).
		out.branch_ids = ids;
	} else {
		out.strategy = oneOf(context, 'Strategy', values.strategy, STRATEGIES);
	}
	out.single_branch_only = values.single_branch_only === true;
	return out;
}

/** The shipping company ID, sent as text as the schema says. */
export const companyId = (context: IExecuteSingleFunctions, raw: unknown) => String(requireId(context, 'Shipping Company Name or ID', raw, '665151403'));

export const ruleName = (context: IExecuteSingleFunctions, raw: unknown) => optionalText(context, 'Name', raw);
