import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, requireText, toList } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import type { CustomerListSpec } from './customerList';
import { customerIds, customerListFields } from './customerList';

/**
 * POST /customers/loyalty/points: add points to customers or deduct them. Salla's schema requires
 * points, type, reason, channel_send and customers (its prose says points may be left out with
 * reset_points, its schema does not: the schema is followed); select_all and reset_points are optional.
 * Works only in stores with Salla's Customer Loyalty app; answers 201 with a message.
 */

const TYPES = [
	{ name: 'Add', value: 'plus' },
	{ name: 'Deduct', value: 'minus' },
] as const;

const CHANNELS = [
	{ name: 'E-Mail', value: 'email' },
	{ name: 'Mobile App Notification', value: 'mobile' },
	{ name: 'SMS', value: 'sms' },
] as const;

const customersSpec: CustomerListSpec = {
	pickedName: 'pickedCustomers',
	pickedLabel: 'Customers',
	idsName: 'customers',
	idsLabel: 'Customer IDs',
	purpose: 'whose points change',
};

/** Salla's body, checked. */
function loyaltyBody(context: IExecuteSingleFunctions): IDataObject {
	const reset = context.getNodeParameter('reset_points', false) === true;
	const points = optionalNumber(context, 'Points', context.getNodeParameter('points', ''), { min: 1, max: 999999 });
	if (points === undefined) {
		throw inputError(
			context,
			'Points is empty',
			`Give the number of points, from 1 to 999999.${reset ? ' Salla\'s schema requires Points with Reset Points too.' : ''}`,
		);
	}
	const type = oneOf(context, 'Add or Deduct', context.getNodeParameter('type', ''), TYPES);
	const reason = requireText(
		context,
		'Reason',
		context.getNodeParameter('reason', ''),
		'Say why the points change, for example "Thank you for your 10th order". Salla requires it.',
	);
	const channels = toList(context.getNodeParameter('channel_send', [])).map((value) =>
		oneOf(context, 'Notify By', value, CHANNELS),
	);
	if (!channels.length) {
		throw inputError(context, 'Notify By is empty', 'Choose at least one way to tell the customers: E-Mail, SMS or Mobile App Notification. Salla requires it.');
	}
	const body: IDataObject = { points };
	if (reset) body.reset_points = true;
	body.type = type;
	body.reason = reason;
	body.channel_send = channels;
	body.customers = customerIds(context, customersSpec);
	if (context.getNodeParameter('select_all', false) === true) body.select_all = true;
	return body;
}

export const updateLoyaltyPoints = defineOperation({
	value: 'updateLoyaltyPoints',
	name: 'Update Loyalty Points',
	description: 'Add loyalty points to customers or deduct them (needs the Customer Loyalty app)',
	action: 'Update customers\' loyalty points',
	method: 'POST',
	path: '/customers/loyalty/points',
	scope: 'customers.read_write',
	body() {
		return { ...loyaltyBody(this) };
	},
	postReceive: [
		describeOutcome((context) => {
			const body = loyaltyBody(context);
			return { customers: body.customers, type: body.type, points: body.points, updated: true };
		}),
	],
	fields: [
		{
			displayName: 'Add or Deduct',
			name: 'type',
			type: 'options',
			options: [...TYPES],
			default: 'plus',
			description: 'Whether the points are added to the customers\' balance or taken from it',
		},
		{
			displayName: 'Reset Points',
			name: 'reset_points',
			type: 'boolean',
			default: false,
			description: 'Whether to reset the customers\' points (Salla\'s reset_points). Salla still requires Points.',
		},
		{
			displayName: 'Points',
			name: 'points',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 999999 },
			default: 100,
			description: 'How many points, from 1 to 999999',
		},
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Thank you for your 10th order',
			description: 'Why the points change; Salla shows it to the customer',
		},
		{
			displayName: 'Notify By',
			name: 'channel_send',
			type: 'multiOptions',
			options: [...CHANNELS],
			required: true,
			default: ['email'],
			description: 'How Salla tells the customers about the change',
		},
		...customerListFields(customersSpec),
		{
			displayName: 'All Customers',
			name: 'select_all',
			type: 'boolean',
			default: false,
			description:
				'Whether to change the points of every customer of the store (Salla\'s select_all). Salla\'s docs still require at least one customer in the list.',
		},
	],
});
