import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalText, toId } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { order } from './shared';
import { loadWith } from '../../common/search';
import { ORIGINAL_SLUGS } from '../orderStatus/originals';
import { orderStatusTargetOptions } from '../orderStatus/shared';

/**
 * POST /orders/{order}/status. Salla takes `{slug}` for its own (original) statuses and
 * `{status_id}` for a store's custom sub-status. The dropdown's values say which: `slug:completed`
 * or `status_id:1422535667` (see orderStatusTargetOptions in orderStatus/shared.ts).
 */

/** `{slug}` or `{status_id}` from the dropdown's value, or from an expression giving a slug or an ID. */
export function statusTarget(context: IExecuteSingleFunctions): IDataObject {
	const raw = context.getNodeParameter('status', '') as unknown;
	const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	const hint = `Choose the status from the list, or give one of Salla's slugs (${ORIGINAL_SLUGS.join(', ')}) or a custom status ID.`;
	if (!text) throw inputError(context, 'Status is empty', hint);
	const [kind, value] = text.includes(':') ? text.split(/:(.*)/s, 2) : ['', text];
	if ((kind === 'slug' || kind === '') && ORIGINAL_SLUGS.includes(value)) return { slug: value };
	if (kind === 'status_id' || kind === '') {
		const id = toId(value);
		if (id !== undefined) return { status_id: id };
	}
	throw inputError(context, `Status: "${text}" is not a status`, hint);
}

function buildStatus(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = statusTarget(this);
	const note = optionalText(this, 'Note', this.getNodeParameter('note', ''));
	if (note) body.note = note;
	if (this.getNodeParameter('restore_items', false) === true) body.restore_items = true;
	return body;
}

export const updateStatus = defineOperation({
	value: 'updateStatus',
	name: 'Update Status',
	description: 'Move an order to another status, such as completed or canceled, or a custom sub-status',
	action: 'Update an order\'s status',
	method: 'POST',
	path: '/orders/{order}/status',
	scope: 'orders.read_write',
	body: buildStatus,
	postReceive: [
		describeOutcome((context) => ({ order_id: readRecordId(context, order), ...statusTarget(context), updated: true })),
	],
	fields: [
		order,
		{
			displayName: 'Status Name or ID',
			name: 'status',
			type: 'options',
			typeOptions: loadWith(orderStatusTargetOptions),
			required: true,
			default: '',
			description:
				'The new status: Salla\'s own statuses and the store\'s custom sub-statuses. An expression may give a slug such as completed, or a custom status ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. Shipped with Aramex',
			description: 'A note saved in the order\'s history with the change',
		},
		{
			displayName: 'Restore Items to Stock',
			name: 'restore_items',
			type: 'boolean',
			default: false,
			description:
				'Whether the order\'s items go back into stock, for statuses that allow it (canceled, restored), as set in the store settings',
		},
	],
});
