import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, toId, toList } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { group } from './shared';

/**
 * POST /customers/groups/add_customers. Salla has no "remove a customer from a group" endpoint, so
 * no such operation exists.
 */

/** Customer IDs from a list, an expression giving an array, or comma-separated text, as integers. */
function customerIds(context: IExecuteSingleFunctions): number[] {
	const raw = context.getNodeParameter('customers', []) as unknown;
	const entries = toList(raw).flatMap((entry) => toList(entry));
	if (!entries.length) {
		throw inputError(
			context,
			'Customer IDs is empty',
			'Add at least one customer ID, such as 447121768, or map an array or a comma-separated list of IDs.',
		);
	}
	return entries.map((entry) => {
		const id = toId(entry);
		if (id === undefined) {
			throw inputError(
				context,
				`Customer IDs: "${typeof entry === 'string' ? entry : JSON.stringify(entry)}" is not a customer ID`,
				'Customer IDs are whole numbers, such as 447121768: the ID shown in the Salla dashboard or returned by Salla.',
			);
		}
		return id;
	});
}

async function sendCustomers(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	(requestOptions.body as IDataObject).group_id = readRecordId(this, group);
	(requestOptions.body as IDataObject).customers = customerIds(this);
	return requestOptions;
}

export const addCustomers = defineOperation({
	value: 'addCustomers',
	name: 'Add Customers',
	description: 'Add customers to a customer group',
	action: 'Add customers to a customer group',
	method: 'POST',
	path: '/customers/groups/add_customers',
	scope: 'customers.read_write',
	preSend: [sendCustomers],
	postReceive: [
		describeOutcome((context) => ({
			group_id: readRecordId(context, group),
			customers: customerIds(context),
			added: true,
		})),
	],
	fields: [
		group,
		{
			displayName: 'Customer IDs',
			name: 'customers',
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Customer ID' },
			required: true,
			default: [],
			placeholder: 'e.g. 447121768',
			description:
				'The customers to add: IDs, or an expression giving an array or a comma-separated list of IDs',
		},
	],
});
