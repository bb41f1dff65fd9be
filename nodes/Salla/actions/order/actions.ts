import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalId, optionalText, toId, toList } from '../../../shared/validate';
import { loadWith } from '../../common/search';
import { branchDropdown } from '../branch/shared';
import { employeeOptions } from '../employee/shared';
import { orderStatusField } from '../orderStatus/shared';

/**
 * The actions of Salla's Order Actions (`POST /orders/actions`), each with only its own fields, and
 * Salla's `operations[]` built from them. Export and Delete are left out: Export mails a file to the
 * merchant and Delete removes orders for good, neither of which a workflow should do in bulk unseen.
 */

export const ORDER_ACTIONS = [
	{ name: 'Assign Employees', value: 'assign_users', description: 'Assign the orders to staff members' },
	{ name: 'Assign Tags', value: 'assign_tags', description: 'Tag the orders (tags by name; new names create tags)' },
	{ name: 'Cancel Shipping Policy', value: 'cancel_policy', description: 'Cancel the orders\' shipping policies (AWB)' },
	{ name: 'Change Status', value: 'change_status', description: 'Move the orders to another status' },
	{ name: 'Create Return Policy', value: 'create_return_policy', description: 'Create return shipping policies' },
	{ name: 'Create Shipping Policy', value: 'create_shipping_policy', description: 'Create the shipping policies (AWB) with the orders\' shipping companies' },
	{ name: 'Extend Payment Due Date', value: 'extend_payment_due', description: 'Give pending orders more time to be paid' },
	{ name: 'Mark as Read', value: 'mark_as_read', description: 'Mark the orders as opened in the dashboard' },
	{ name: 'Print Invoice', value: 'print_invoice', description: 'Print the orders\' invoices' },
	{ name: 'Print Invoice Summary', value: 'print_invoice_summary', description: 'Print a summary of the orders\' invoices' },
	{ name: 'Print Preparation List', value: 'print_prepare_list', description: 'Print the list of items to prepare' },
	{ name: 'Print Shipping Policy', value: 'print_shipping_policy', description: 'Print the shipping policies (AWB)' },
	{ name: 'Refund', value: 'refund', description: 'Refund the orders' },
	{ name: 'Resend Digital Codes', value: 'resend_codes', description: 'Send the digital products\' codes again' },
	{ name: 'Send Invoice', value: 'send_invoice', description: 'E-mail the invoices to the customers' },
	{ name: 'Send Payment Link', value: 'send_payment_link', description: 'Send the customers a link to pay' },
	{ name: 'Send Rating Request', value: 'send_rating', description: 'Ask the customers to rate their orders' },
];

/** Pairs Salla refuses in one request (Order Actions: "some order actions are not to be triggered together"). */
export const REFUSED_TOGETHER: Array<[string, string]> = [['create_shipping_policy', 'print_shipping_policy']];

const label = (value: string) => ORDER_ACTIONS.find((action) => action.value === value)?.name ?? value;
const only = (...actions: string[]) => ({ show: { action_name: actions } });

const actionValues: INodeProperties[] = [
	{
		displayName: 'Action',
		name: 'action_name',
		type: 'options',
		options: ORDER_ACTIONS,
		default: 'create_shipping_policy',
	},
	{ ...orderStatusField('status', 'The orders\' new status'), displayOptions: only('change_status') },
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		default: '',
		placeholder: 'e.g. Shipped with Aramex',
		description: 'A note saved in each order\'s history with the change',
		displayOptions: only('change_status'),
	},
	{
		displayName: 'Send Status SMS',
		name: 'send_status_sms',
		type: 'boolean',
		default: false,
		description: 'Whether Salla texts the customers about the new status',
		displayOptions: only('change_status'),
	},
	{
		displayName: 'Create Return Policy',
		name: 'return_police',
		type: 'boolean',
		default: false,
		description: 'Whether Salla creates return shipping policies with the change (Salla\'s return_police)',
		displayOptions: only('change_status'),
	},
	{
		displayName: 'Restore Items to Stock',
		name: 'restore_items',
		type: 'boolean',
		default: false,
		description: 'Whether the orders\' items go back into stock, for statuses that allow it',
		displayOptions: only('change_status'),
	},
	{ ...branchDropdown('branch_id', 'Optional: the branch the restored items go back to'), displayOptions: only('change_status') },
	{
		displayName: 'Employee Names or IDs',
		name: 'employees',
		type: 'multiOptions',
		typeOptions: loadWith(employeeOptions),
		default: [],
		description:
			'The staff members to assign. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: only('assign_users'),
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'e.g. VIP, Gift',
		description: 'Tag names, separated by commas',
		displayOptions: only('assign_tags'),
	},
];

export const actionsField: INodeProperties = {
	displayName: 'Actions',
	name: 'actions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Action',
	default: { action: [{ action_name: 'create_shipping_policy' }] },
	description: 'What Salla does to the orders; each action shows its own fields',
	options: [{ displayName: 'Action', name: 'action', values: actionValues }],
};

/** One `operations[]` entry, its value checked; `where` names the entry as the panel shows it. */
function operationOf(context: IExecuteSingleFunctions, raw: IDataObject, where: string): IDataObject {
	const name = oneOf(context, `${where}: Action`, raw.action_name, ORDER_ACTIONS);
	const at = `${where} (${label(name)})`;
	if (name === 'change_status') {
		const status = toId(raw.status);
		if (status === undefined) {
			throw inputError(
				context,
				raw.status === undefined || raw.status === '' ? `${at}: Status is empty` : `${at}: Status: "${String(raw.status)}" is not a status ID`,
				'Choose the new status from the list, or give its ID, such as 525144736.',
			);
		}
		const value: IDataObject = { status };
		for (const flag of ['send_status_sms', 'return_police', 'restore_items'] as const) {
			if (raw[flag] === true) value[flag] = true;
		}
		const note = optionalText(context, `${at}: Note`, raw.note);
		if (note) value.note = note;
		const branch = optionalId(context, `${at}: Branch`, raw.branch_id, '21123');
		if (branch !== undefined) value.branch_id = branch;
		return { action_name: name, value };
	}
	if (name === 'assign_users') {
		const employees = idList(context, `${at}: Employees`, raw.employees, '461258256');
		if (!employees.length) throw inputError(context, `${at}: Employees is empty`, 'Choose at least one staff member to assign.');
		return { action_name: name, value: employees };
	}
	if (name === 'assign_tags') {
		const tags = toList(raw.tags).map(String);
		if (!tags.length) throw inputError(context, `${at}: Tags is empty`, 'Give at least one tag name, such as VIP.');
		return { action_name: name, value: tags };
	}
	return { action_name: name };
}

/** Salla's `operations[]`: at least one, none twice, no pair Salla refuses together. */
export function buildOperations(context: IExecuteSingleFunctions): IDataObject[] {
	const entries = ((context.getNodeParameter('actions', {}) as IDataObject)?.action ?? []) as IDataObject[];
	if (!Array.isArray(entries) || !entries.length) {
		throw inputError(context, 'Actions is empty', 'Add at least one action, such as Create Shipping Policy.');
	}
	const operations = entries.map((entry, index) => operationOf(context, entry, `Actions: Action ${index + 1}`));
	const names = operations.map((operation) => operation.action_name as string);
	const twice = names.find((name, index) => names.indexOf(name) !== index);
	if (twice) {
		throw inputError(context, `Actions: ${label(twice)} is there twice`, 'Give each action once; Salla runs each once per request.');
	}
	for (const [first, second] of REFUSED_TOGETHER) {
		if (names.includes(first) && names.includes(second)) {
			throw inputError(
				context,
				`Actions: Salla refuses ${label(first)} and ${label(second)} in one request`,
				`Run ${label(second)} in a second Salla node after this one.`,
			);
		}
	}
	return operations;
}
