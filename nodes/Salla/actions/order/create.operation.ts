import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isBlank, oneOf, optionalId, optionalText, requireNumber, requireText, toList } from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildCustomer, buildPayment, customerFields, paymentFields } from './payment';
import { branchPicker, buildReceiver, buildShipTo, courierPicker, DELIVERY_METHODS, receiver, shipTo } from './shared';
import { productSearch } from '../product/shared';

/**
 * POST /orders (`post_order_request_body`). Every conditional rule of the page is checked before
 * sending: the customer (ID, or mobile and name), at least one product with a quantity, the payment
 * (method when paid, receipt for a bank transfer, amount for cash on delivery, accepted method when
 * pending), the delivery (branch for pickup, shipping company and full National Address for
 * shipping). Where the page's example and schema disagree, the schema is followed: `accepted_methods`
 * is one text value, the longitude is `geo_coordinates.lang`, `courier_id` is text.
 */

const branch = branchPicker('The branch the customer picks the order up from');
const courier = courierPicker('The shipping company (courier) that delivers the order');

const product = {
	...recordLocator({
		name: 'product',
		displayName: 'Product',
		noun: 'product',
		example: '892907448',
		search: productSearch,
		description: 'The product to order',
		required: false,
	}),
	displayOptions: { show: { identifier_type: ['id'] } },
} satisfies INodeProperties;

/** How a product row names its product: Salla's `identifier_type`. */
const IDENTIFIER_TYPES = [
	{ name: 'Product', value: 'id' },
	{ name: 'SKU', value: 'sku' },
] as const;

/** One product row, in the order a merchant reads it (kept out of line: see customerGroup/shared.ts). */
const productValues: INodeProperties[] = [
	{
		displayName: 'Find Product By',
		name: 'identifier_type',
		type: 'options',
		options: [...IDENTIFIER_TYPES],
		default: 'id',
	},
	product,
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		placeholder: 'e.g. sku123',
		description: 'The product\'s or variant\'s SKU',
		displayOptions: { show: { identifier_type: ['sku'] } },
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. 1626535321: 96445177',
		description:
			'Required for products with options: one line per option, "option ID: chosen value", several values separated by commas. An expression may give Salla\'s list of options instead.',
	},
];

/** A product row's options: JSON text or an expression's array, as Salla's `[{id, value: string[]}]`. */
function productOptions(context: IExecuteSingleFunctions, label: string, raw: unknown): IDataObject[] | undefined {
	if (isBlank(raw)) return undefined;
	const hint =
		'Write one line per option, "option ID: value", for example 1626535321: 96445177, or give Salla\'s list [{"id": 1626535321, "value": ["96445177"]}] as JSON.';
	let parsed: unknown = raw;
	if (typeof raw === 'string' && raw.trim().startsWith('[')) {
		try {
			parsed = JSON.parse(raw);
		} catch {
			throw inputError(context, `${label}: Options is not valid JSON`, hint);
		}
	} else if (typeof raw === 'string') {
		parsed = raw
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '')
			.map((line) => {
				const match = /^([^:]+):(.*)$/.exec(line);
				if (!match) throw inputError(context, `${label}: Options: "${line}" is not "option ID: value"`, hint);
				return { id: match[1].trim(), value: match[2].split(',').map((value) => value.trim()).filter((value) => value !== '') };
			});
	}
	if (!Array.isArray(parsed)) throw inputError(context, `${label}: Options must be a list`, hint);
	const list = parsed as unknown[];
	if (!list.length) return undefined;
	return list.map((entry, index) => {
		const where = `${label}: Options ${index + 1}`;
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw inputError(context, `${where} is not an object`, hint);
		const option = entry as IDataObject;
		const id = optionalId(context, `${where}: Option ID`, option.id, '1626535321');
		if (id === undefined) throw inputError(context, `${where}: Option ID is empty`, hint);
		const values = toList(option.value).map((value) => {
			if (typeof value !== 'string' && typeof value !== 'number') throw inputError(context, `${where}: value must be text or numbers`, hint);
			return String(value);
		});
		if (!values.length) throw inputError(context, `${where}: value is empty`, hint);
		return { id, value: values };
	});
}

function buildProducts(context: IExecuteSingleFunctions): IDataObject[] {
	const raw = context.getNodeParameter('products.product', []) as unknown;
	const rows = (Array.isArray(raw) ? raw : raw ? [raw] : []) as IDataObject[];
	if (!rows.length) {
		throw inputError(context, 'Products is empty', 'Add at least one product, chosen from the list or by SKU, with a quantity.');
	}
	return rows.map((row, index) => {
		const label = `Product ${index + 1}`;
		const type = oneOf(context, `${label}: Find Product By`, row.identifier_type ?? 'id', IDENTIFIER_TYPES);
		const item: IDataObject = { identifier_type: type };
		if (type === 'id') {
			const id = optionalId(context, `${label}: Product`, row.product, '892907448');
			if (id === undefined) throw inputError(context, `${label}: Product is empty`, 'Choose the product from the list, or give its ID.');
			item.identifier = id;
		} else {
			item.identifier = requireText(context, `${label}: SKU`, row.sku, 'Give the product\'s SKU, for example sku123.');
		}
		item.quantity = requireNumber(context, `${label}: Quantity`, row.quantity, { min: 1, integer: true });
		const options = productOptions(context, label, row.options);
		if (options) item.options = options;
		return item;
	});
}

function buildDelivery(context: IExecuteSingleFunctions): IDataObject {
	const method = context.getNodeParameter('delivery_method', 'shipping') as unknown;
	if (method === 'no_delivery') return {};
	const chosen = oneOf(context, 'Delivery Method', method, [...DELIVERY_METHODS, { name: 'No Delivery', value: 'no_delivery' }]);
	if (chosen === 'pickup') return { delivery_method: 'pickup', branch_id: readRecordId(context, branch) };
	const courierId = readRecordId(context, courier);
	const address = buildShipTo(context, 'lang');
	if (!address) {
		throw inputError(
			context,
			'Ship To is required when Delivery Method is Shipping',
			'Add the address the order is shipped to, with every National Address field.',
		);
	}
	return { delivery_method: 'shipping', courier_id: String(courierId), ship_to: address };
}

function buildOrder(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = { customer: buildCustomer(this, false) };
	const receiverBody = buildReceiver(this);
	if (receiverBody) body.receiver = receiverBody;
	Object.assign(body, buildDelivery(this));
	body.payment = buildPayment(this, false);
	body.products = buildProducts(this);
	const coupon = optionalText(this, 'Coupon Code', this.getNodeParameter('coupon_code', ''));
	if (coupon) body.coupon_code = coupon;
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create an order for a customer, with products, payment and delivery',
	action: 'Create an order',
	method: 'POST',
	path: '/orders',
	scope: 'orders.read_write',
	body: buildOrder,
	postReceive: [unwrapData],
	fields: [
		...customerFields(false),
		{
			displayName: 'Products',
			name: 'products',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Product',
			required: true,
			default: {},
			description: 'What the customer orders: at least one product, by product or SKU, with a quantity',
			options: [{ displayName: 'Product', name: 'product', values: productValues }],
		},
		...paymentFields(false),
		{
			displayName: 'Delivery Method',
			name: 'delivery_method',
			type: 'options',
			options: [
				{ name: 'Shipping', value: 'shipping', description: 'A shipping company delivers the order to an address' },
				{ name: 'Pickup From a Branch', value: 'pickup', description: 'The customer picks the order up from a branch' },
				{ name: 'No Delivery', value: 'no_delivery', description: 'Only for orders without products to ship' },
			],
			default: 'shipping',
			description: 'Salla requires a delivery method when a product needs shipping',
		},
		{ ...branch, required: false, displayOptions: { show: { delivery_method: ['pickup'] } } },
		{ ...courier, required: false, displayOptions: { show: { delivery_method: ['shipping'] } } },
		{ ...shipTo, displayOptions: { show: { delivery_method: ['shipping'] } } },
		{
			displayName: 'Coupon Code',
			name: 'coupon_code',
			type: 'string',
			default: '',
			placeholder: 'e.g. SUMMER10',
		},
		receiver,
	],
});

