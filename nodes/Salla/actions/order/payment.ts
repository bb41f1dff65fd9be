import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isUnset, oneOf, optionalEmail, optionalId, optionalMoney, requireText, toList } from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';
import { customerSearch } from '../customer/shared';

/**
 * The customer and the payment of an order, which Create and Update send in nearly the same shape.
 * Create: the customer and the payment are required. Update: both are optional ("Keep As Is"); Salla
 * changes the customer only of guest orders and the payment only while the order awaits payment.
 * Update's schema takes `accepted_methods` as a list and the bank account as `store_bank_id`;
 * Create's takes one accepted method and `reference_id`. Create's `payment.reference_id` (the bank
 * account or the subscription) stays optional: the schema does not mark it required and its own
 * example sends `store_bank_id` instead (an open question of the reference).
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

const KEEP = { name: 'Keep As Is', value: 'keep' };

// ---------------------------------------------------------------------------------------------
// Customer

const customer = recordLocator({
	name: 'customer',
	displayName: 'Customer',
	noun: 'customer',
	example: '447121768',
	search: customerSearch,
	description: 'The store\'s customer who places the order',
});

const CUSTOMER_TYPES = [
	{ name: 'Existing Customer', value: 'existing', description: 'A customer the store already has' },
	{ name: 'New Customer', value: 'new', description: 'Salla creates the customer from a mobile number and a name' },
];

export function customerFields(forUpdate: boolean): INodeProperties[] {
	const isNew = { show: { customerType: ['new'] } };
	return [
		forUpdate
			? {
					displayName: 'Customer Type',
					name: 'customerType',
					type: 'options',
					options: [KEEP, ...CUSTOMER_TYPES],
					default: 'keep',
					description: 'Salla changes the customer only of an order placed by a guest or without a customer',
				}
			: {
					displayName: 'Customer Type',
					name: 'customerType',
					type: 'options',
					options: CUSTOMER_TYPES,
					default: 'existing',
					description: 'Who places the order',
				},
		{ ...customer, required: false, displayOptions: { show: { customerType: ['existing'] } } },
		{
			displayName: 'Customer Mobile',
			name: 'customer_mobile',
			type: 'string',
			default: '',
			placeholder: 'e.g. +966566666666',
			description: 'The new customer\'s mobile number, with its country code',
			displayOptions: isNew,
		},
		{
			displayName: 'Customer Name',
			name: 'customer_name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Mohammed Ali',
			displayOptions: isNew,
		},
		{
			displayName: 'Customer Email',
			name: 'customer_email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			displayOptions: isNew,
		},
	];
}

/** Salla's `customer`: `{id}` or `{mobile, name[, email]}`; undefined when Update keeps it. */
export function buildCustomer(context: IExecuteSingleFunctions, forUpdate: boolean): IDataObject | undefined {
	const type = context.getNodeParameter('customerType', forUpdate ? 'keep' : 'existing');
	if (forUpdate && type === 'keep') return undefined;
	if (type === 'existing') return { id: readRecordId(context, customer) };
	if (type !== 'new') {
		throw inputError(context, `Customer Type: "${String(type)}" is not one of the choices`, 'Customer Type must be existing or new.');
	}
	const rawMobile = requireText(
		context,
		'Customer Mobile',
		context.getNodeParameter('customer_mobile', ''),
		'A new customer needs a mobile number and a name: give the mobile with its country code, for example +966566666666.',
	);
	const mobile = rawMobile.replace(/[\s-]/g, '');
	if (!/^\+?[0-9]{7,15}$/.test(mobile)) {
		throw inputError(
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
	// Create Order's schema requires mobile, name and e-mail of a new customer; Update's does not.
	if (!email && !forUpdate) {
		throw inputError(context, 'Customer Email is empty', 'Salla needs a new customer\'s e-mail address to create the order, for example name@example.com.');
	}
	if (email) body.email = email;
	return body;
}

// ---------------------------------------------------------------------------------------------
// Payment

/** Payment Status: Update may keep the order's payment as it is. */
function paymentStatusField(forUpdate: boolean): INodeProperties {
	return forUpdate
		? {
				displayName: 'Payment Status',
				name: 'payment_status',
				type: 'options',
				options: [KEEP, ...PAYMENT_STATUSES],
				default: 'keep',
				description: 'Salla changes the payment only while the order awaits payment',
			}
		: {
				displayName: 'Payment Status',
				name: 'payment_status',
				type: 'options',
				options: PAYMENT_STATUSES,
				default: 'paid',
				description: 'Whether the customer has paid',
			};
}

/** How a paid order was paid, and what each payment method needs. */
function paidWithFields(forUpdate: boolean): INodeProperties[] {
	const paid = { payment_status: ['paid'] };
	return [
		{
			displayName: 'Payment Method',
			name: 'payment_method',
			type: 'options',
			options: PAYMENT_METHODS,
			default: 'credit_card',
			description: 'How the customer paid',
			displayOptions: { show: paid },
		},
		{
			displayName: 'Receipt Image URL',
			name: 'receipt_image_path',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/receipt.jpg',
			description: 'The bank transfer receipt: Salla requires it for Bank Transfer',
			displayOptions: { show: { ...paid, payment_method: ['bank'] } },
		},
		forUpdate
			? {
					displayName: 'Bank ID',
					name: 'payment_reference_id',
					type: 'string',
					default: '',
					placeholder: 'e.g. 234234',
					description: 'Optional: the store bank account the customer paid into',
					displayOptions: { show: { ...paid, payment_method: ['bank'] } },
				}
			: {
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
			default: 0,
			description: 'The amount the courier collects',
			displayOptions: { show: { ...paid, payment_method: ['cod'] } },
		},
		{
			displayName: 'Cash on Delivery Currency',
			name: 'cod_currency',
			type: 'string',
			default: 'SAR',
			displayOptions: { show: { ...paid, payment_method: ['cod'] } },
		},
	];
}

/** How the customer may pay a pending order (Update's page takes several, Create's schema one). */
function acceptedMethodsField(forUpdate: boolean): INodeProperties {
	const pending = { show: { payment_status: ['pending_payment'] } };
	return forUpdate
		? {
				displayName: 'Accepted Payment Methods',
				name: 'payment_accepted_methods',
				type: 'multiOptions',
				options: ACCEPTED_METHODS,
				default: [],
				description: 'How the customer may pay the pending order',
				displayOptions: pending,
			}
		: {
				displayName: 'Accepted Payment Method',
				name: 'accepted_methods',
				type: 'options',
				options: ACCEPTED_METHODS,
				default: 'credit_card',
				description: 'How the customer may pay the pending order (Salla\'s schema takes one method)',
				displayOptions: pending,
			};
}

export function paymentFields(forUpdate: boolean): INodeProperties[] {
	return [paymentStatusField(forUpdate), ...paidWithFields(forUpdate), acceptedMethodsField(forUpdate)];
}

/** A dropdown the chosen Payment Status needs: an expression may leave it empty, or give anything. */
function requiredChoice<T extends string>(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
	allowed: ReadonlyArray<{ name: string; value: T }>,
	status: string,
	hint: string,
): T {
	const raw = context.getNodeParameter(name, '') as unknown;
	if (isUnset(raw)) throw inputError(context, `${label} is required when Payment Status is ${status}`, hint);
	return oneOf(context, label, raw, allowed);
}

/** Salla's `payment`, every conditional rule checked; undefined when Update keeps it. */
export function buildPayment(context: IExecuteSingleFunctions, forUpdate: boolean): IDataObject | undefined {
	const rawStatus = context.getNodeParameter('payment_status', forUpdate ? 'keep' : '');
	if (forUpdate && rawStatus === 'keep') return undefined;
	const status = oneOf(context, 'Payment Status', rawStatus, PAYMENT_STATUSES);
	if (status === 'pending_payment') {
		if (forUpdate) {
			const methods = toList(context.getNodeParameter('payment_accepted_methods', [])).map((method) =>
				oneOf(context, 'Accepted Payment Methods', method, ACCEPTED_METHODS),
			);
			if (!methods.length) {
				throw inputError(
					context,
					'Accepted Payment Methods is required when Payment Status is Pending Payment',
					'Choose how the customer may pay: Bank Transfer, Cash on Delivery, Credit Card or Mada.',
				);
			}
			return { status, accepted_methods: methods };
		}
		const accepted = requiredChoice(context, 'accepted_methods', 'Accepted Payment Method', ACCEPTED_METHODS, 'Pending Payment', 'Choose how the customer may pay: Bank Transfer, Cash on Delivery, Credit Card or Mada.');
		return { status, accepted_methods: accepted };
	}
	const method = requiredChoice(context, 'payment_method', 'Payment Method', PAYMENT_METHODS, 'Paid', 'Choose how the customer paid: Bank Transfer, Cash on Delivery, Credit Card, Mada or Subscription.');
	const payment: IDataObject = { status, method };
	if (method === 'bank') {
		const receipt = requireText(
			context,
			'Receipt Image URL',
			context.getNodeParameter('receipt_image_path', ''),
			'Salla requires the bank transfer receipt when the payment method is Bank Transfer: give the image\'s URL.',
		);
		if (!/^https?:\/\/\S+$/.test(receipt)) {
			throw inputError(context, `Receipt Image URL: "${receipt}" is not a URL`, 'Give the receipt image\'s address, starting with https://.');
		}
		payment.receipt_image_path = receipt;
	}
	if (method === 'bank' || (method === 'subscription' && !forUpdate)) {
		const label = forUpdate ? 'Bank ID' : 'Bank or Subscription ID';
		const reference = optionalId(context, label, context.getNodeParameter('payment_reference_id', ''), '234234');
		if (reference !== undefined) payment[forUpdate ? 'store_bank_id' : 'reference_id'] = reference;
	}
	if (method === 'cod') {
		const amount = optionalMoney(context, 'Cash on Delivery Amount', context.getNodeParameter('cod_amount', ''));
		if (amount === undefined) {
			throw inputError(
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
			throw inputError(context, `Cash on Delivery Currency: "${currency}" is not a currency code`, 'Give the currency as three letters, for example SAR.');
		}
		payment.cash_on_delivery = { amount, currency };
	}
	return payment;
}
