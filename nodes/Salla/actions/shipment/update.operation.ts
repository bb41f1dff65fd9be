import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, optionalText, optionalTexts, requireText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { optionalRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { orderLocator, policyOptionsField, shipment, STATUSES, withPolicyOptions } from './shared';

/** PUT /shipments/{shipment_id}: shipment_number and status are required (status since 20 January 2025). */

const orderField = orderLocator('The order the shipment belongs to');

function link(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const text = optionalText(context, label, raw);
	if (text === undefined) return undefined;
	if (!/^https?:\/\/\S+$/i.test(text)) {
		throw inputError(context, `${label}: "${text}" is not a web address`, `Give ${label} as a full link starting with https://.`);
	}
	return text;
}

function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = {
		shipment_number: requireText(this, 'Shipment Number', this.getNodeParameter('shipment_number', ''), 'Give the shipping company\'s number for the shipment, such as 846984645.'),
		status: oneOf(this, 'Status', this.getNodeParameter('status', ''), STATUSES),
	};
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	if (fields.order_id !== undefined) {
		const order = optionalRecordId(this, orderField, { at: 'updateFields.order_id' });
		if (order !== undefined) body.order_id = order;
	}
	Object.assign(
		body,
		optionalTexts(this, fields, [
			['tracking_number', 'Tracking Number'],
			['status_note', 'Status Note'],
			['external_company_name', 'External Company Name'],
		]),
	);
	const tracking = link(this, 'Tracking Link', fields.tracking_link);
	if (tracking) body.tracking_link = tracking;
	const label = link(this, 'Label PDF Link', fields.pdf_label);
	if (label) body.pdf_label = label;
	const cost = optionalMoney(this, 'Cost', fields.cost);
	if (cost !== undefined) body.cost = cost;
	return withPolicyOptions(this, body);
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Set a shipment\'s number and status, with its tracking details',
	action: 'Update a shipment',
	method: 'PUT',
	path: '/shipments/{shipment_id}',
	scope: 'shipping.read_write',
	body: buildUpdate,
	postReceive: [unwrapData],
	fields: [
		shipment,
		{
			displayName: 'Shipment Number',
			name: 'shipment_number',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 846984645',
			description: 'The shipping company\'s number for the shipment',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [...STATUSES],
			default: 'in_transit',
		},
		updateFields([
			{
				displayName: 'Cost',
				name: 'cost',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'What the shipping company charges the store for it',
			},
			{ displayName: 'External Company Name', name: 'external_company_name', type: 'string', default: '', description: 'The shipping company\'s name when it is not one of Salla\'s' },
			{
				displayName: 'Label PDF Link',
				name: 'pdf_label',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/label.pdf',
				description: 'A link to the shipping label PDF',
			},
			orderField,
			{ displayName: 'Status Note', name: 'status_note', type: 'string', default: '', placeholder: 'e.g. Delivered to the reception', description: 'A note explaining the status' },
			{
				displayName: 'Tracking Link',
				name: 'tracking_link',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://courier.example/track/54563653',
				description: 'Where the customer can follow the shipment',
			},
			{ displayName: 'Tracking Number', name: 'tracking_number', type: 'string', default: '', placeholder: 'e.g. 54563653' },
		]),
		policyOptionsField,
	],
});
