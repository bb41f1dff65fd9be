import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	inputError,
	oneOf,
	optionalEmail,
	optionalMoney,
	optionalText,
	requireNumber,
	requireText,
	toList,
} from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { branch, buildReceiver, buildShipTo, courier, DELIVERY_METHODS, optionalId, receiver, shipTo } from './shared';

/**
 * POST /orders (`post_order_request_body`). Every conditional rule of the page is checked before
 * sending: the customer (ID, or mobile and name), at least one product with a quantity, the payment
 * (method when paid, receipt for a bank transfer, amount for cash on delivery, accepted method when
 * pending), the delivery (branch for pickup, shipping company and full National Address for
 * shipping). Where the page's example and schema disagree, the schema is followed: `accepted_methods`
 * is one text value, the longitude is `geo_coordinates.lang`, `courier_id` is text.
 */

export const PAYMENT_METHODS = [
	{ name: 'Bank Transfer', value: 'bank' },
	{ name: 'Cash on Delivery', value: 'cod' },
	{ name: 'Credit Card', value: 'credit_card' },
	{ name: 'Mada', value: 'mada' },
	{ name: 'Subscription', value: 'subscription' },
];

export const ACCEPTED_METHODS = PAYMENT_METHODS.filter((method) => method.value !== 'subscription');

const PAYMENT_STATUSES = [
	{ name: 'Paid', value: 'paid', description: 'The customer has paid' },
	{ name: 'Pending Payment', value: 'pending_payment', description: 'The customer pays later, with an accepted method' },
];

const customer = recordLocator({
	name: 'customer',
	displayName: 'Customer',
	noun: 'customer',
	example: '447121768',
	searchListMethod: 'searchCustomers',
	description: 'The store\'s customer who places the order',
});

const product = {
	displayName: 'Product',
	name: 'product',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The product to order',
	displayOptions: { show: { identifier_type: ['id'] } },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a product...',
			typeOptions: { searchListMethod: 'searchProducts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 892907448',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^\\s*[1-9][0-9]*\\s*$', errorMessage: 'A product ID is a whole number, such as 892907448' },
				},
			],
		},
	],
} satisfies INodeProperties;

/** One product row, in the order a merchant reads it (kept out of line: see customerGroup/shared.ts). */
const productValues: INodeProperties[] = [
	{
		displayName: 'Find Product By',
		name: 'identifier_type',
		type: 'options',
		options: [
			{ name: 'Product', value: 'id' },
			{ name: 'SKU', value: 'sku' },
		],
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

function fail(context: IExecuteSingleFunctions, message: string, hint: string): never {
	throw inputError(context, message, hint);
}

/** A product row's options: JSON text or an expression's array, as Salla's `[{id, value: string[]}]`. */
function productOptions(context: IExecuteSingleFunctions, label: string, raw: unknown): IDataObject[] | undefined {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
	const hint =
		'Write one line per option, "option ID: value", for example 1626535321: 96445177, or give Salla\'s list [{"id": 1626535321, "value": ["96445177"]}] as JSON.';
	let parsed: unknown = raw;
	if (typeof raw === 'string' && raw.trim().startsWith('[')) {
		try {
			parsed = JSON.parse(raw);
		} catch {
			fail(context, `${label}: Options is not valid JSON`, hint);
		}
	} else if (typeof raw === 'string') {
		parsed = raw
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '')
			.map((line) => {
				const match = /^([^:]+):(.*)$/.exec(line);
				if (!match) fail(context, `${label}: Options: "${line}" is not "option ID: value"`, hint);
				return { id: match[1].trim(), value: match[2].split(',').map((value) => value.trim()).filter((value) => value !== '') };
			});
	}
	if (!Array.isArray(parsed)) fail(context, `${label}: Options must be a list`, hint);
	const list = parsed as unknown[];
	if (!list.length) return undefined;
	return list.map((entry, index) => {
		const where = `${label}: Options ${index + 1}`;
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) fail(context, `${where} is not an object`, hint);
		const option = entry as IDataObject;
		const id = optionalId(context, `${where}: Option ID`, option.id, '1626535321');
		if (id === undefined) fail(context, `${where}: Option ID is empty`, hint);
		const values = toList(option.value).map((value) => {
			if (typeof value !== 'string' && typeof value !== 'number') fail(context, `${where}: value must be text or numbers`, hint);
			return String(value);
		});
		if (!values.length) fail(context, `${where}: value is empty`, hint);
		return { id, value: values };
	});
}

function buildProducts(context: IExecuteSingleFunctions): IDataObject[] {
	const raw = context.getNodeParameter('products.product', []) as unknown;
	const rows = (Array.isArray(raw) ? raw : raw ? [raw] : []) as IDataObject[];
	if (!rows.length) {
		fail(context, 'Products is empty', 'Add at least one product, chosen from the list or by SKU, with a quantity.');
	}
	return rows.map((row, index) => {
		const label = `Product ${index + 1}`;
		const type = oneOf(context, `${label}: Find Product By`, row.identifier_type ?? 'id', [
			{ name: 'Product', value: 'id' },
			{ name: 'SKU', value: 'sku' },
		]);
		const item: IDataObject = { identifier_type: type };
		if (type === 'id') {
			const id = optionalId(context, `${label}: Product`, row.product, '892907448');
			if (id === undefined) fail(context, `${label}: Product is empty`, 'Choose the product from the list, or give its ID.');
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

function buildCustomer(context: IExecuteSingleFunctions): IDataObject {
	const type = context.getNodeParameter('customerType', 'existing');
	if (type === 'existing') return { id: readRecordId(context, customer) };
	if (type !== 'new') {
		fail(context, `Customer: "${String(type)}" is not one of the choices`, 'Customer must be existing or new.');
	}
	const rawMobile = requireText(
		context,
		'Customer Mobile',
		context.getNodeParameter('customer_mobile', ''),
		'A new customer needs a mobile number and a name: give the mobile with its country code, for example +966566666666.',
	);
	const mobile = rawMobile.replace(/[\s-]/g, '');
	if (!/^\+?[0-9]{7,15}$/.test(mobile)) {
		fail(
			context,
			`Customer Mobile: "${rawMobile}" is not a mobile number`,
			'Give the mobile with its country code, digits only, for example +966566666666.',
		);
	}
	const name = requireText(
		context,
		'Customer Name',
		context.getNodeParameter('customer_name', ''),
		'A new customer needs a mobile number and a name, for example Mohammed Ali.',
	);
	const body: IDataObject = { mobile, name };
	const email = optionalEmail(context, 'Customer Email', context.getNodeParameter('customer_email', ''));
	if (email) body.email = email;
	return body;
}

function buildPayment(context: IExecuteSingleFunctions): IDataObject {
	const status = oneOf(context, 'Payment Status', context.getNodeParameter('payment_status', ''), PAYMENT_STATUSES);
	if (status === 'pending_payment') {
		const accepted = context.getNodeParameter('accepted_methods', '') as unknown;
		if (accepted === '' || accepted === undefined || accepted === null) {
			fail(
				context,
				'Accepted Payment Method is required when Payment Status is Pending Payment',
				'Choose how the customer may pay: Bank Transfer, Cash on Delivery, Credit Card or Mada.',
			);
		}
		return { status, accepted_methods: oneOf(context, 'Accepted Payment Method', accepted, ACCEPTED_METHODS) };
	}
	const rawMethod = context.getNodeParameter('payment_method', '') as unknown;
	if (rawMethod === '' || rawMethod === undefined || rawMethod === null) {
		fail(
			context,
			'Payment Method is required when Payment Status is Paid',
			'Choose how the customer paid: Bank Transfer, Cash on Delivery, Credit Card, Mada or Subscription.',
		);
	}
	const method = oneOf(context, 'Payment Method', rawMethod, PAYMENT_METHODS);
	const payment: IDataObject = { status, method };
	if (method === 'bank') {
		const receipt = requireText(
			context,
			'Receipt Image URL',
			context.getNodeParameter('receipt_image_path', ''),
			'Salla requires the bank transfer receipt when the payment method is Bank Transfer: give the image\'s URL.',
		);
		if (!/^https?:\/\/\S+$/.test(receipt)) {
			fail(context, `Receipt Image URL: "${receipt}" is not a URL`, 'Give the receipt image\'s address, starting with https://.');
		}
		payment.receipt_image_path = receipt;
	}
	if (method === 'bank' || method === 'subscription') {
		const reference = optionalId(
			context,
			method === 'bank' ? 'Bank ID' : 'Subscription ID',
			context.getNodeParameter('payment_reference_id', ''),
		);
		if (reference !== undefined) payment.reference_id = reference;
	}
	if (method === 'cod') {
		const amount = optionalMoney(context, 'Cash on Delivery Amount', context.getNodeParameter('cod_amount', ''));
		if (amount === undefined) {
			fail(
				context,
				'Cash on Delivery Amount is required when Payment Method is Cash on Delivery',
				'Give the amount the courier collects, in the store currency, for example 150.',
			);
		}
		const currency = requireText(
			context,
			'Cash on Delivery Currency',
			context.getNodeParameter('cod_currency', 'SAR'),
			'Give the currency as three letters, for example SAR.',
		).toUpperCase();
		if (!/^[A-Z]{3}$/.test(currency)) {
			fail(context, `Cash on Delivery Currency: "${currency}" is not a currency code`, 'Give the currency as three letters, for example SAR.');
		}
		payment.cash_on_delivery = { amount, currency };
	}
	return payment;
}

function buildDelivery(context: IExecuteSingleFunctions): IDataObject {
	const method = context.getNodeParameter('delivery_method', 'shipping') as unknown;
	if (method === 'no_delivery') return {};
	const chosen = oneOf(context, 'Delivery Method', method, [...DELIVERY_METHODS, { name: 'No Delivery', value: 'no_delivery' }]);
	if (chosen === 'pickup') return { delivery_method: 'pickup', branch_id: readRecordId(context, branch) };
	const courierId = readRecordId(context, courier);
	const address = buildShipTo(context, 'lang');
	if (!address) {
		fail(
			context,
			'Ship To is required when Delivery Method is Shipping',
			'Add the address the order is shipped to, with every National Address field.',
		);
	}
	return { delivery_method: 'shipping', courier_id: String(courierId), ship_to: address };
}

async function sendOrder(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body: IDataObject = { customer: buildCustomer(this) };
	const receiverBody = buildReceiver(this);
	if (receiverBody) body.receiver = receiverBody;
	Object.assign(body, buildDelivery(this));
	body.payment = buildPayment(this);
	body.products = buildProducts(this);
	const coupon = optionalText(this, 'Coupon Code', this.getNodeParameter('coupon_code', ''));
	if (coupon) body.coupon_code = coupon;
	requestOptions.body = body;
	return requestOptions;
}

const paid = { payment_status: ['paid'] };

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create an order for a customer, with products, payment and delivery',
	action: 'Create an order',
	method: 'POST',
	path: '/orders',
	scope: 'orders.read_write',
	preSend: [sendOrder],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Customer Type',
			name: 'customerType',
			type: 'options',
			options: [
				{ name: 'Existing Customer', value: 'existing', description: 'A customer the store already has' },
				{ name: 'New Customer', value: 'new', description: 'Salla creates the customer from a mobile number and a name' },
			],
			default: 'existing',
		},
		{ ...customer, displayOptions: { show: { customerType: ['existing'] } } },
		{
			displayName: 'Customer Mobile',
			name: 'customer_mobile',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +966566666666',
			description: 'The new customer\'s mobile number, with its country code',
			displayOptions: { show: { customerType: ['new'] } },
		},
		{
			displayName: 'Customer Name',
			name: 'customer_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Mohammed Ali',
			displayOptions: { show: { customerType: ['new'] } },
		},
		{
			displayName: 'Customer Email',
			name: 'customer_email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			displayOptions: { show: { customerType: ['new'] } },
		},
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
		{
			displayName: 'Payment Status',
			name: 'payment_status',
			type: 'options',
			options: PAYMENT_STATUSES,
			default: 'paid',
		},
		{
			displayName: 'Payment Method',
			name: 'payment_method',
			type: 'options',
			options: PAYMENT_METHODS,
			required: true,
			default: 'credit_card',
			description: 'How the customer paid',
			displayOptions: { show: paid },
		},
		{
			displayName: 'Receipt Image URL',
			name: 'receipt_image_path',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/receipt.jpg',
			description: 'The bank transfer receipt: Salla requires it for Bank Transfer',
			displayOptions: { show: { ...paid, payment_method: ['bank'] } },
		},
		{
			displayName: 'Bank or Subscription ID',
			name: 'payment_reference_id',
			type: 'string',
			default: '',
			placeholder: 'e.g. 234234',
			description: 'Optional: the store bank account the customer paid into, or the subscription\'s ID',
			displayOptions: { show: { ...paid, payment_method: ['bank', 'subscription'] } },
		},
		{
			displayName: 'Cash on Delivery Amount',
			name: 'cod_amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			required: true,
			default: 0,
			description: 'The amount the courier collects',
			displayOptions: { show: { ...paid, payment_method: ['cod'] } },
		},
		{
			displayName: 'Cash on Delivery Currency',
			name: 'cod_currency',
			type: 'string',
			required: true,
			default: 'SAR',
			displayOptions: { show: { ...paid, payment_method: ['cod'] } },
		},
		{
			displayName: 'Accepted Payment Method',
			name: 'accepted_methods',
			type: 'options',
			options: ACCEPTED_METHODS,
			required: true,
			default: 'credit_card',
			description: 'How the customer may pay the pending order (Salla\'s schema takes one method)',
			displayOptions: { show: { payment_status: ['pending_payment'] } },
		},
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
		{ ...branch, displayOptions: { show: { delivery_method: ['pickup'] } } },
		{ ...courier, displayOptions: { show: { delivery_method: ['shipping'] } } },
		{ ...shipTo, required: true, displayOptions: { show: { delivery_method: ['shipping'] } } },
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

