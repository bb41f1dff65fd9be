import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, optionalNumber, requireText } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from '../order/shared';

/**
 * POST /orders/invoices: a tax invoice or a credit note for an order. Salla takes the invoice from
 * the order itself (the store issues invoices through Salla), from a PDF's address, or from the
 * figures given here (the store issues its own invoices: Store Settings → custom). A credit note
 * needs a tax invoice first.
 */

const INVOICE_TYPES = [
	{ name: 'Tax Invoice', value: 'tax_invoice' },
	{ name: 'Credit Note', value: 'credit_note', description: 'Only after the order has a tax invoice' },
];

const DATA_TYPES = [
	{ name: 'From the Order (Salla Issues It)', value: 'order', description: 'The store issues invoices through Salla' },
	{ name: 'PDF at a Web Address', value: 'url', description: 'An invoice the store issued elsewhere, as a PDF online' },
	{ name: 'Figures Given Here', value: 'data', description: 'The store\'s own invoice number and amounts' },
];

/** The figures of an invoice given here: Salla requires every one when Source is Figures Given Here. */
const FIGURES: Array<{ name: string; displayName: string; description: string; kind: 'text' | 'money' | 'percent' }> = [
	{ name: 'invoice_number', displayName: 'Invoice Number', description: 'The store\'s number for the invoice', kind: 'text' },
	{ name: 'sub_total', displayName: 'Subtotal', description: 'The amount before shipping, cash on delivery and tax', kind: 'money' },
	{ name: 'shipping_cost', displayName: 'Shipping Cost', description: 'The shipping amount on the invoice', kind: 'money' },
	{ name: 'cash_on_delivery_cost', displayName: 'Cash on Delivery Cost', description: 'The cash on delivery fee on the invoice', kind: 'money' },
	{ name: 'tax', displayName: 'Tax Rate (%)', description: 'The tax rate in percent, for example 15', kind: 'percent' },
	{ name: 'tax_value', displayName: 'Tax Amount', description: 'The tax amount on the invoice', kind: 'money' },
	{ name: 'total', displayName: 'Total', description: 'The invoice total', kind: 'money' },
];

const onlyFor = (dataType: string) => ({ show: { data_type: [dataType] } });

function buildInvoice(this: IExecuteSingleFunctions): SallaBody {
	const dataType = oneOf(this, 'Source', this.getNodeParameter('data_type', 'order'), DATA_TYPES);
	const body: IDataObject = {
		order_id: readRecordId(this, order),
		type: oneOf(this, 'Type', this.getNodeParameter('type', 'tax_invoice'), INVOICE_TYPES),
		data_type: dataType,
	};
	if (dataType === 'url') {
		const url = requireText(this, 'PDF URL', this.getNodeParameter('url', ''), 'Give the address of the invoice PDF, such as https://example.com/invoice.pdf.');
		if (!/^https?:\/\/\S+\.pdf(\?\S*)?$/i.test(url)) {
			throw inputError(this, `PDF URL: "${url}" is not the address of a PDF`, 'Salla takes an address that starts with https:// and ends in .pdf.');
		}
		body.url = url;
	}
	if (dataType === 'data') {
		for (const figure of FIGURES) {
			const raw = this.getNodeParameter(figure.name, '') as unknown;
			const value =
				figure.kind === 'text'
					? requireText(this, figure.displayName, raw, `Give ${figure.displayName}: Salla requires it when Source is Figures Given Here.`)
					: figure.kind === 'percent'
						? optionalNumber(this, figure.displayName, raw, { min: 0, max: 100 })
						: optionalMoney(this, figure.displayName, raw);
			if (value === undefined) {
				throw inputError(this, `${figure.displayName} is empty`, `Give ${figure.displayName}: Salla requires it when Source is Figures Given Here.`);
			}
			body[figure.name] = value;
		}
	}
	return body;
}

const figureFields: INodeProperties[] = FIGURES.map((figure) =>
	figure.kind === 'text'
		? {
				displayName: figure.displayName,
				name: figure.name,
				type: 'string',
				default: '',
				placeholder: 'e.g. INV-2026-0042',
				description: figure.description,
				displayOptions: onlyFor('data'),
			}
		: {
				displayName: figure.displayName,
				name: figure.name,
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2, ...(figure.kind === 'percent' ? { maxValue: 100 } : {}) },
				default: 0,
				description: figure.description,
				displayOptions: onlyFor('data'),
			},
);

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Issue a tax invoice or credit note for an order: from the order, a PDF or your own figures',
	action: 'Create an invoice',
	method: 'POST',
	path: '/orders/invoices',
	scope: 'orders.read_write',
	body: buildInvoice,
	postReceive: [unwrapData],
	fields: [
		order,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: INVOICE_TYPES,
			default: 'tax_invoice',
		},
		{
			displayName: 'Source',
			name: 'data_type',
			type: 'options',
			options: DATA_TYPES,
			default: 'order',
			description:
				'Where the invoice comes from. From the Order needs the store to issue invoices through Salla; the other two need custom invoices in the store settings.',
		},
		{
			displayName: 'PDF URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/invoice.pdf',
			description: 'The address of the invoice PDF (it must end in .pdf)',
			displayOptions: onlyFor('url'),
		},
		...figureFields,
	],
});
