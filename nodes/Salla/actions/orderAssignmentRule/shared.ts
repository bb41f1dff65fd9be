import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalText, toId } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { loadWith, searchList } from '../../common/search';
import { branchOptions } from '../branch/shared';
import { orderStatusField } from '../orderStatus/shared';

/**
 * What Create and Update of an auto-assignment rule share: the rule picker and the conditions
 * (`rules[]` of `{entity, value}`), each shown with its own picker.
 */

export const assignmentRuleSearch = searchList('searchAssignmentRules', {
	path: '/orders/assignment/rules',
	name: (rule) =>
		`Rule ${String(rule.id)} · employee ${String(rule.user_id)}${Array.isArray(rule.rules) ? ` · ${(rule.rules as IDataObject[]).map((condition) => String(condition.entity)).join(', ')}` : ''}`,
});

export const assignmentRule = recordLocator({
	name: 'rule_id',
	displayName: 'Rule',
	noun: 'assignment rule',
	shortNoun: 'rule',
	example: '219372983',
	search: assignmentRuleSearch,
	description: 'The auto-assignment rule: pick it from the list, or give its ID',
});

/** The conditions Salla's examples show: city, country, status and branch. */
const ENTITIES = [
	{ name: 'Branch', value: 'branch', description: 'Orders of a branch' },
	{ name: 'City', value: 'city', description: 'Orders shipped to a city' },
	{ name: 'Country', value: 'country', description: 'Orders shipped to a country' },
	{ name: 'Status', value: 'status', description: 'Orders in a status' },
];

const only = (entity: string) => ({ show: { entity: [entity] } });

export const conditionsField: INodeProperties = {
	displayName: 'Conditions',
	name: 'rules',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Condition',
	default: {},
	description: 'Which orders the employee gets: those matching these conditions',
	options: [
		{
			displayName: 'Condition',
			name: 'rule',
			values: [
				{
					displayName: 'Applies To',
					name: 'entity',
					type: 'options',
					options: ENTITIES,
					default: 'status',
					description: 'What the condition looks at',
				},
				{
					displayName: 'Branch Name or ID',
					name: 'branch',
					type: 'options',
					typeOptions: loadWith(branchOptions),
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					displayOptions: only('branch'),
				},
				{
					displayName: 'City ID',
					name: 'city',
					type: 'string',
					default: '',
					placeholder: 'e.g. 2097610897',
					description: 'Salla\'s ID of the city',
					displayOptions: only('city'),
				},
				{
					displayName: 'Country Code',
					name: 'country',
					type: 'string',
					default: '',
					placeholder: 'e.g. SA',
					description: 'The country as two letters, as Salla\'s example sends it',
					displayOptions: only('country'),
				},
				{ ...orderStatusField('status'), displayOptions: only('status') },
			],
		},
	],
};

/** Salla's `rules[]`, every value checked and sent as text as Salla's schema says. */
export function buildConditions(context: IExecuteSingleFunctions): IDataObject[] {
	const entries = ((context.getNodeParameter('rules', {}) as IDataObject)?.rule ?? []) as IDataObject[];
	if (!Array.isArray(entries) || !entries.length) {
		throw inputError(context, 'Conditions is empty', 'Add at least one condition, such as a status or a branch.');
	}
	return entries.map((entry, index) => {
		const where = `Conditions: Condition ${index + 1}`;
		const entity = oneOf(context, `${where}: Applies To`, entry.entity, ENTITIES);
		const label = entity === 'country' ? 'Country Code' : entity === 'city' ? 'City ID' : ENTITIES.find((e) => e.value === entity)!.name;
		const raw = entry[entity];
		if (entity === 'country') {
			const code = optionalText(context, `${where}: ${label}`, raw);
			if (!code || !/^[A-Za-z]{2}$/.test(code)) {
				throw inputError(
					context,
					code ? `${where}: Country Code: "${code}" is not a two-letter country code` : `${where}: Country Code is empty`,
					'Give the country as two letters, for example SA.',
				);
			}
			return { entity, value: code.toUpperCase() };
		}
		const id = toId(raw);
		if (id === undefined) {
			throw inputError(
				context,
				raw === undefined || raw === '' ? `${where}: ${label} is empty` : `${where}: ${label}: "${String(raw)}" is not an ID`,
				`Choose the ${entity} from the list, or give its ID, a whole number.`,
			);
		}
		return { entity, value: String(id) };
	});
}
