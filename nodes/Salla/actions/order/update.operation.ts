import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalText } from '../../../shared/validate';
import { optionalRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildCustomer, buildPayment, customerFields, paymentFields } from './payment';
import { branchPicker, buildReceiver, buildShipTo, courierPicker, DELIVERY_METHODS, order, receiver, shipTo } from './shared';
import { loadWith } from '../../common/search';
import { employeeOptions } from '../employee/shared';

/**
 * PUT /orders/{order}: sends only what the user set. Salla refuses to change the receiver, the
 * shipping and the coupon once an order is completed (drafts have no restriction), the customer
 * unless the order was placed by a guest, and the payment once it is paid. Update Order's schema
 * names the longitude `geo_coordinates.lng`, takes `courier_id` as a number, `accepted_methods` as a
 * list and the bank account as `store_bank_id`.
 */

const branch = branchPicker('The branch the customer picks the order up from. Salla refuses this change once the order is completed.');
const courier = courierPicker(
	'The shipping company that delivers the order; leave empty to keep it. Salla refuses this change once the order is completed.',
	false,
);

function changedFields(context: IExecuteSingleFunctions): IDataObject {
	const body: IDataObject = {};
	const customer = buildCustomer(context, true);
	if (customer) body.customer = customer;
	const receiverBody = buildReceiver(context);
	if (receiverBody) body.receiver = receiverBody;
	const method = context.getNodeParameter('delivery_method', 'keep') as unknown;
	if (method !== 'keep' && method !== '' && method !== undefined) {
		const chosen = oneOf(context, 'Delivery Method', method, DELIVERY_METHODS);
		body.delivery_method = chosen;
		if (chosen === 'pickup') {
			const branchId = optionalRecordId(context, branch);
			if (branchId === undefined) {
				throw inputError(
					context,
					'Branch is required when Delivery Method is Pickup From a Branch',
					'Choose the branch from the list, or give its ID, such as 203948803.',
				);
			}
			body.branch_id = branchId;
		} else {
			const courierId = optionalRecordId(context, courier);
			if (courierId !== undefined) body.courier_id = courierId;
			const address = buildShipTo(context, 'lng');
			if (address) body.ship_to = address;
		}
	}
	const payment = buildPayment(context, true);
	if (payment) body.payment = payment;
	const coupon = optionalText(context, 'Coupon Code', context.getNodeParameter('coupon_code', ''));
	if (coupon) body.coupon_code = coupon;
	const employees = idList(context, 'Assigned Employees', context.getNodeParameter('employees', []), '461258256');
	if (employees.length) body.employees = employees;
	return body;
}

function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	return changedFields(this);
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change an order\'s customer, receiver, delivery, payment, coupon or assigned employees',
	action: 'Update an order',
	method: 'PUT',
	path: '/orders/{order}',
	scope: 'orders.read_write',
	body: buildUpdate,
	changes: { where: 'Set the Customer, the Receiver, a Delivery Method, the Payment, a Coupon Code or Assigned Employees' },
	postReceive: [unwrapData],
	fields: [
		order,
		...customerFields(true),
		{
			...receiver,
			description: 'The new receiver details; only the fields you add are changed. Salla refuses this change once the order is completed.',
		},
		{
			displayName: 'Delivery Method',
			name: 'delivery_method',
			type: 'options',
			options: [{ name: 'Keep As Is', value: 'keep' }, ...DELIVERY_METHODS],
			default: 'keep',
			description: 'How the order reaches the customer. Salla refuses this change once the order is completed.',
		},
		{ ...branch, required: false, displayOptions: { show: { delivery_method: ['pickup'] } } },
		{ ...courier, displayOptions: { show: { delivery_method: ['shipping'] } } },
		{
			...shipTo,
			description: 'The new shipping address, with every National Address field (required by Salla since 2026-01-05). Salla refuses this change once the order is completed.',
			displayOptions: { show: { delivery_method: ['shipping'] } },
		},
		...paymentFields(true),
		{
			displayName: 'Coupon Code',
			name: 'coupon_code',
			type: 'string',
			default: '',
			placeholder: 'e.g. SUMMER10',
			description: 'A coupon to apply to the order; leave empty to keep the current one. Salla refuses this change once the order is completed.',
		},
		{
			displayName: 'Assigned Employee Names or IDs',
			name: 'employees',
			type: 'multiOptions',
			typeOptions: loadWith(employeeOptions),
			default: [],
			description:
				'Assign the order to these staff members; leave empty to keep the assignment. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});
