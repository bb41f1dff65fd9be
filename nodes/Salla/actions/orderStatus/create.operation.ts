import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { requireId, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { iconField, mainOrderStatusOptions, sortField, statusSettings } from './shared';

/** POST /orders/statuses: a custom sub-status under one of the store's main statuses. */

function buildStatus(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = {
		name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the status a name, for example "Waiting for stock".'),
		parent_id: requireId(this, 'Parent Status', this.getNodeParameter('parent_id', ''), '863076598'),
		message: requireText(
			this,
			'Message',
			this.getNodeParameter('message', ''),
			'Give the message customers receive when an order enters this status.',
		),
	};
	Object.assign(body, statusSettings(this, (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject));
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a custom sub-status under one of the store\'s main order statuses',
	action: 'Create an order status',
	method: 'POST',
	path: '/orders/statuses',
	scope: 'orders.read_write',
	body: buildStatus,
	postReceive: [unwrapData],
	fields: [
		nameField,
		{
			displayName: 'Parent Status Name or ID',
			name: 'parent_id',
			type: 'options',
			typeOptions: loadWith(mainOrderStatusOptions),
			required: true,
			default: '',
			description:
				'The main status the new sub-status belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			placeholder: 'e.g. Your order is waiting for stock',
			description: 'The message customers receive when their order enters this status',
		},
		additionalFields([
			{
				displayName: 'Active',
				name: 'is_active',
				type: 'boolean',
				default: true,
				description: 'Whether the status can be used (Salla\'s default: active)',
			},
			iconField,
			sortField,
		]),
	],
});
