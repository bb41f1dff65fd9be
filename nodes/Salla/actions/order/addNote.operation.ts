import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';

/** POST /orders/{order}/histories `{note}`: a note in the order's history. */

async function sendNote(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const note = requireText(this, 'Note', this.getNodeParameter('note', ''), 'Write the note to add to the order\'s history.');
	requestOptions.body = { ...(requestOptions.body as IDataObject), note };
	return requestOptions;
}

export const addNote = defineOperation({
	value: 'addNote',
	name: 'Add Note',
	description: 'Add a note to an order\'s history',
	action: 'Add a note to an order',
	method: 'POST',
	path: '/orders/{order}/histories',
	scope: 'orders.read_write',
	preSend: [sendNote],
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
