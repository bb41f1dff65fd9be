import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalNumber, optionalText, requireId, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { mainOrderStatusOptions } from './shared';

/** POST /orders/statuses: a custom sub-status under one of the store's main statuses. */

async function sendStatus(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
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
	const extra = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	const icon = optionalText(this, 'Icon', extra.icon);
	if (icon) body.icon = icon;
	const sort = optionalNumber(this, 'Sort', extra.sort, { min: 0, integer: true });
	if (sort !== undefined) body.sort = sort;
	if (extra.is_active !== undefined) {
		if (typeof extra.is_active !== 'boolean') {
			throw inputError(this, `Active: "${String(extra.is_active)}" is not true or false`, 'Switch Active on or off.');
		}
		body.is_active = extra.is_active;
	}
	requestOptions.body = body;
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a custom sub-status under one of the store\'s main order statuses',
	action: 'Create an order status',
	method: 'POST',
	path: '/orders/statuses',
	scope: 'orders.read_write',
	preSend: [sendStatus],
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
			{
				displayName: 'Icon',
				name: 'icon',
				type: 'string',
				default: '',
				placeholder: 'e.g. sicon-cup-hot',
				description: 'The name of a Salla icon',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'The status\'s position among its siblings',
			},
		]),
	],
});
