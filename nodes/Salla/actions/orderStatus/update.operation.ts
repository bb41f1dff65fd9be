import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalTexts } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { iconField, orderStatus, sortField, statusSettings } from './shared';

/**
 * PUT /orders/statuses/{status_id}: a custom status's name, message, icon, position or activity.
 * Salla refuses an empty body, so at least one field must be set.
 */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const values = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	return {
		...optionalTexts(this, values, [
			['name', 'Name'],
			['message', 'Message'],
		]),
		...statusSettings(this, values),
	};
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a custom order status\'s name, customer message, icon, position or activity',
	action: 'Update an order status',
	method: 'PUT',
	path: '/orders/statuses/{status_id}',
	scope: 'orders.read_write',
	body: buildChanges,
	changes: { where: 'Add a field to Update Fields (name, message, icon, sort or active)', why: 'Salla refuses an empty change' },
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
			iconField,
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
			sortField,
		]),
	],
});
