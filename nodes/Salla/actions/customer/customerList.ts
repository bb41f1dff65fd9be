import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isUnset, toId, toList } from '../../../shared/validate';
import { customer } from './shared';

/**
 * Several customers for one request (Update Loyalty Points, Customer Group → Add Customers): picked
 * from a searchable list, or given as IDs or an expression.
 */
export interface CustomerListSpec {
	/** The IDs field (string, multiple values): kept as saved workflows know it. */
	idsName: string;
	idsLabel: string;
	/** The "pick from the list" field (fixedCollection of customer pickers). */
	pickedName: string;
	pickedLabel: string;
	/** What the customers are for, in the hint of an empty list ("to add to the group"). */
	purpose: string;
}

const pickedRow = 'customer';

/** The two fields: customers chosen from a searchable list, and customer IDs or an expression. */
export function customerListFields(spec: CustomerListSpec): INodeProperties[] {
	return [
		{
			displayName: spec.pickedLabel,
			name: spec.pickedName,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Customer',
			default: {},
			description: 'Customers chosen from a list of the store\'s customers, searchable by name, mobile or e-mail',
			options: [
				{
					displayName: 'Customer',
					name: pickedRow,
					values: [{ ...customer, required: false }],
				},
			],
		},
		{
			displayName: spec.idsLabel,
			name: spec.idsName,
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Customer ID' },
			default: [],
			placeholder: 'e.g. 447121768',
			description: `Customer IDs ${spec.purpose}, or an expression giving an array or a comma-separated list of IDs`,
		},
	];
}

/** Every customer ID of the two fields, as integers, picked ones first; an empty list is refused. */
export function customerIds(context: IExecuteSingleFunctions, spec: CustomerListSpec): number[] {
	const rows = toList(context.getNodeParameter(`${spec.pickedName}.${pickedRow}`, [])) as IDataObject[];
	const picked = rows.flatMap((row, index) => {
		const locator = row?.[pickedRow] as IDataObject | string | undefined;
		const raw = typeof locator === 'object' && locator !== null ? locator.value : locator;
		if (isUnset(raw)) return [];
		const id = toId(raw);
		if (id === undefined) {
			throw inputError(
				context,
				`${spec.pickedLabel}: customer ${index + 1} ("${String(raw)}") is not a customer ID`,
				'Choose the customer from the list, or give its ID: a whole number such as 447121768.',
			);
		}
		return [id];
	});
	const entries = toList(context.getNodeParameter(spec.idsName, [])).flatMap((entry) => toList(entry));
	if (!picked.length && !entries.length) {
		throw inputError(
			context,
			`${spec.idsLabel} is empty`,
			`Choose customers ${spec.purpose} in ${spec.pickedLabel}, or add at least one customer ID, such as 447121768, or map an array or a comma-separated list of IDs.`,
		);
	}
	const typed = entries.map((entry) => {
		const id = toId(entry);
		if (id === undefined) {
			throw inputError(
				context,
				`${spec.idsLabel}: "${typeof entry === 'string' ? entry : JSON.stringify(entry)}" is not a customer ID`,
				'Customer IDs are whole numbers, such as 447121768, as Salla returns them (Customer → Get Many gives each customer\'s id).',
			);
		}
		return id;
	});
	return [...new Set([...picked, ...typed])];
}
