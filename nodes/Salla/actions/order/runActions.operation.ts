import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { idList, inputError } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { loadWith } from '../../common/search';
import { orderStatusOptions } from '../orderStatus/shared';
import { actionsField, buildOperations } from './actions';

/**
 * POST /orders/actions `{operations: [{action_name, value?}], filters: {order_ids, order_status?}}`.
 * Salla answers with one result per action (`operation_id`, `status` in_progress | success | failed,
 * `message` when it failed); the node outputs one item per order and action with that result, so a
 * workflow can branch on what failed. Print actions that Salla answers with more (a file's address)
 * keep those fields.
 */

function orderIds(context: IExecuteSingleFunctions): number[] {
	const ids = idList(context, 'Order IDs', context.getNodeParameter('order_ids', ''), '1296837389');
	if (!ids.length) {
		throw inputError(context, 'Order IDs is empty', 'Give the orders\' IDs separated by commas, or an expression such as {{ $json.id }}.');
	}
	return ids;
}

function buildActions(this: IExecuteSingleFunctions): SallaBody {
	const filters: IDataObject = { order_ids: orderIds(this) };
	const statuses = idList(this, 'Only in Statuses', this.getNodeParameter('order_status', []), '566146469');
	if (statuses.length) filters.order_status = statuses;
	return { operations: buildOperations(this), filters };
}

async function perOrderAndAction(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (response.body as IDataObject | undefined)?.data;
	const results = (Array.isArray(data) ? data : data ? [data] : []) as IDataObject[];
	return orderIds(this).flatMap((order_id) =>
		results.map((result) => ({ json: { order_id, ...result, message: result.message ?? null } })),
	);
}

export const runActions = defineOperation({
	value: 'runActions',
	name: 'Run Actions',
	description: 'Run Salla\'s order actions on orders: shipping policies, status, tags, staff, invoices, payment links and more',
	action: 'Run actions on orders',
	method: 'POST',
	path: '/orders/actions',
	scope: 'orders.read_write',
	body: buildActions,
	postReceive: [perOrderAndAction],
	fields: [
		{
			displayName: 'Order IDs',
			name: 'order_ids',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1296837389, 1936133132',
			description: 'The orders to act on: IDs separated by commas, or an expression giving each input item\'s order ID',
		},
		actionsField,
		{
			displayName: 'Only in Status Names or IDs',
			name: 'order_status',
			type: 'multiOptions',
			typeOptions: loadWith(orderStatusOptions),
			default: [],
			description:
				'Optional: act only on those of the orders that are in these statuses. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});
