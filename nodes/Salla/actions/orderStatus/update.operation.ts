import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalNumber, optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { requireChanges } from '../../common/update';
import { orderStatus } from './shared';

/**
 * PUT /orders/statuses/{status_id}: a custom status's name, message, icon, position or activity.
 * Salla refuses an empty body, so at least one field must be set.
 */

async function sendChanges(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const values = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, label] of [['name', 'Name'], ['message', 'Message'], ['icon', 'Icon']] as const) {
		const text = optionalText(this, label, values[key]);
		if (text) body[key] = text;
	}
	const sort = optionalNumber(this, 'Sort', values.sort, { min: 0, integer: true });
	if (sort !== undefined) body.sort = sort;
	if (values.is_active !== undefined) {
		if (typeof values.is_active !== 'boolean') {
			throw inputError(this, `Active: "${String(values.is_active)}" is not true or false`, 'Switch Active on or off.');
		}
		body.is_active = values.is_active;
	}
	requireChanges(this, body, 'Add a field to Update Fields (name, message, icon, sort or active)', 'Salla refuses an empty change');
	requestOptions.body = body;
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a custom order status\'s name, customer message, icon, position or activity',
	action: 'Update an order status',
	method: 'PUT',
	path: '/orders/statuses/{status_id}',
	scope: 'orders.read_write',
	preSend: [sendChanges],
	postReceive: [unwrapData],
	fields: [
		orderStatus,
		updateFields([
			{
				displayName: 'Active',
				name: 'is_active',
				type: 'boolean',
				default: true,
				description: 'Whether the status can be used',
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
				displayName: 'Message',
				name: 'message',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'e.g. Complete your payment now',
				description: 'The message customers receive when their order enters this status',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
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
