import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, requireId, requireNumber } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { orderStatusField } from './shared';

/** POST /orders/statuses/sort `[{status_id, sort}]`: the statuses' order in the dashboard. */

function positions(context: IExecuteSingleFunctions): IDataObject[] {
	const entries = ((context.getNodeParameter('statuses', {}) as IDataObject)?.status ?? []) as IDataObject[];
	if (!Array.isArray(entries) || !entries.length) {
		throw inputError(context, 'Statuses is empty', 'Add each status to move, with its new position.');
	}
	const seen = new Set<number>();
	return entries.map((entry, index) => {
		const where = `Statuses: Status ${index + 1}`;
		const statusId = requireId(context, `${where}: Status`, entry.status_id, '1638621685');
		if (seen.has(statusId)) throw inputError(context, `${where}: the status ${statusId} is there twice`, 'Give each status once.');
		seen.add(statusId);
		return { status_id: statusId, sort: requireNumber(context, `${where}: Position`, entry.sort, { min: 0, integer: true }) };
	});
}

export const sort = defineOperation({
	value: 'sort',
	name: 'Sort',
	description: 'Set the order in which the dashboard lists the order statuses',
	action: 'Sort order statuses',
	method: 'POST',
	path: '/orders/statuses/sort',
	scope: 'orders.read_write',
	body() {
		return positions(this);
	},
	postReceive: [describeOutcome((context) => ({ sorted: positions(context) }))],
	fields: [
		{
			displayName: 'Statuses',
			name: 'statuses',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Status',
			default: {},
			description: 'The statuses to move and their new positions',
			options: [
				{
					displayName: 'Status',
					name: 'status',
					values: [
						orderStatusField('status_id'),
						{
							displayName: 'Position',
							name: 'sort',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 1,
							description: 'Where the status goes in the list (Salla\'s sort)',
						},
					],
				},
			],
		},
	],
});
