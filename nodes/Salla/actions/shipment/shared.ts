import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, requireText, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { orderSearch } from '../order/shared';

/** What several Shipment operations share: the pickers and Salla's shipment vocabularies. */

export const shipmentSearch = searchList('searchShipments', {
	path: '/shipments',
	name: (shipment) => {
		const courier = (shipment.courier as IDataObject | undefined)?.name ?? shipment.courier_name;
		const order = shipment.order_reference_id ?? shipment.order_id;
		return [`${String(shipment.id)}`, order ? `order #${String(order)}` : '', courier ? String(courier) : '']
			.filter(Boolean)
			.join(' · ');
	},
});

export const shipment = recordLocator({
	name: 'shipment_id',
	displayName: 'Shipment',
	noun: 'shipment',
	example: '362985662',
	search: shipmentSearch,
});

export const STATUSES = [
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Created', value: 'created' },
	{ name: 'Damaged', value: 'damaged' },
	{ name: 'Delivered', value: 'delivered' },
	{ name: 'Delivering', value: 'delivering' },
	{ name: 'In Progress', value: 'in_progress' },
	{ name: 'In Transit', value: 'in_transit' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Partially Delivered', value: 'partially_delivered' },
	{ name: 'Reattempted', value: 'reattempted' },
	{ name: 'Received at Final Hub', value: 'received_at_final_hub' },
	{ name: 'Return in Progress', value: 'return_in_progress' },
	{ name: 'Return to Origin', value: 'return_to_origin' },
	{ name: 'Shipped', value: 'shipped' },
	{ name: 'To Be Reattempted', value: 'to_be_reattempted' },
	{ name: 'Unable to Deliver', value: 'unable_to_deliver' },
] as const;

export const SHIPMENT_TYPES = [
	{ name: 'Shipment', value: 'shipment', description: 'Goods going to the customer' },
	{ name: 'Return', value: 'return', description: 'Goods coming back from the customer' },
] as const;

export const PAYMENT_METHODS = [
	{ name: 'Prepaid', value: 'pre_paid' },
	{ name: 'Cash on Delivery', value: 'cod' },
] as const;

/** An optional order picker (Salla's `order_id`), read with optionalRecordId. */
export function orderLocator(description: string): INodeProperties {
	return recordLocator({
		name: 'order_id',
		displayName: 'Order',
		noun: 'order',
		example: '560695738',
		idNote: 'not its reference number',
		search: orderSearch,
		description,
		required: false,
	});
}

/**
 * Salla's `policy_options` of Create and Update: the shipping company's label options (Shipping
 * Company → Get Options lists them), option name → value.
 */
export const policyOptionsField: INodeProperties = {
	displayName: 'Policy Options',
	name: 'policy_options',
	type: 'fixedCollection',
	placeholder: 'Add Policy Option',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The shipping company\'s options for the label, such as the number of boxes (Shipping Company → Get Options lists them)',
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [
				{ displayName: 'Option Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. boxes' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 3' },
			],
		},
	],
};

/** `body` with the Policy Options rows as Salla's `policy_options` object, when there are any. */
export function withPolicyOptions(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const rows = toList(context.getNodeParameter('policy_options.option', [])) as IDataObject[];
	if (!rows.length) return body;
	const out: IDataObject = {};
	rows.forEach((row, index) => {
		const label = `Policy Option ${index + 1}`;
		const name = requireText(context, `${label}: Option Name`, row.name ?? '', 'Give the option\'s name as the shipping company names it, such as boxes.');
		if (out[name] !== undefined) {
			throw inputError(context, `${label}: "${name}" is given twice`, 'Give each policy option once.');
		}
		out[name] = requireText(context, `${label}: Value`, row.value ?? '', `Give the value of ${name}, such as 3.`);
	});
	return { ...body, policy_options: out };
}
