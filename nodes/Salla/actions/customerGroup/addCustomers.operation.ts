import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import type { CustomerListSpec } from '../customer/customerList';
import { customerIds, customerListFields } from '../customer/customerList';
import { group } from './shared';

/**
 * POST /customers/groups/add_customers. Salla has no "remove a customer from a group" endpoint, so
 * no such operation exists. The customers come from a searchable list (Customers), from Customer IDs
 * (a list, an expression giving an array, or comma-separated text, as saved workflows have them), or both.
 */

const customersSpec: CustomerListSpec = {
	pickedName: 'pickedCustomers',
	pickedLabel: 'Customers',
	idsName: 'customers',
	idsLabel: 'Customer IDs',
	purpose: 'to add to the group',
};

async function sendCustomers(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	(requestOptions.body as IDataObject).group_id = readRecordId(this, group);
	(requestOptions.body as IDataObject).customers = customerIds(this, customersSpec);
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
			customers: customerIds(context, customersSpec),
			added: true,
		})),
	],
	fields: [group, ...customerListFields(customersSpec)],
});
