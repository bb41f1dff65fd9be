import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';

/** POST /orders/{order}/histories `{note}`: a note in the order's history. */

function buildNote(this: IExecuteSingleFunctions): SallaBody {
	const note = requireText(this, 'Note', this.getNodeParameter('note', ''), 'Write the note to add to the order\'s history.');
	return { note };
}

export const addNote = defineOperation({
	value: 'addNote',
	name: 'Add Note',
	description: 'Add a note to an order\'s history',
	action: 'Add a note to an order',
	method: 'POST',
	path: '/orders/{order}/histories',
	scope: 'orders.read_write',
	body: buildNote,
	postReceive: [unwrapData],
	fields: [
		order,
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			placeholder: 'e.g. Payment confirmed by the bank',
			description: 'The note, shown in the order\'s history in the Salla dashboard',
		},
	],
});
