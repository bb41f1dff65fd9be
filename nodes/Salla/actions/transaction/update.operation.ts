import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, optionalText } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { transaction } from './shared';

/**
 * PUT /transactions/{transaction_id}: refund (all or part), void or reverse a payment. Salla answers
 * 201 with a message; the store needs enough balance for a refund (otherwise Salla's 422 says so).
 * An amount is sent only for a refund (a partial refund); without one Salla refunds the whole payment.
 */

const ACTIONS = [
	{ name: 'Refund', value: 'refund', description: 'Give the money back, all of it or the amount given' },
	{ name: 'Reverse', value: 'reverse', description: 'Reverse the payment' },
	{ name: 'Void', value: 'void', description: 'Cancel a payment that is not settled yet' },
] as const;

function buildAction(this: IExecuteSingleFunctions): SallaBody {
	const action = oneOf(this, 'Action', this.getNodeParameter('action', ''), ACTIONS);
	const body: IDataObject = { action };
	if (action === 'refund') {
		const amount = optionalMoney(this, 'Refund Amount', this.getNodeParameter('amount', '') as unknown);
		if (amount === 0) {
			throw inputError(this, 'Refund Amount is 0', 'Give the amount to give back, or leave Refund Amount empty to refund the whole payment.');
		}
		if (amount !== undefined) {
			body.amount = amount;
			const currency = optionalText(this, 'Currency', this.getNodeParameter('currency', ''));
			if (currency !== undefined) {
				if (!/^[A-Za-z]{3}$/.test(currency)) {
					throw inputError(this, `Currency: "${currency}" is not a currency code`, 'Give the three-letter code of the payment\'s currency, for example SAR.');
				}
				body.currency = currency.toUpperCase();
			}
		}
	}
	return body;
}

/** Output: `{transaction_id, action, message}` (Salla answers with a bare message). */
const outputOutcome = describeOutcome((context) => ({
	transaction_id: readRecordId(context, transaction),
	action: ((context.getNodeParameter('action', '') as string) || null) as string | null,
}));

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Refund (fully or partly), void or reverse a payment',
	action: 'Update a transaction',
	method: 'PUT',
	path: '/transactions/{transaction_id}',
	scope: 'transactions.read_write',
	body: buildAction,
	postReceive: [outputOutcome],
	fields: [
		transaction,
		{
			displayName: 'Action',
			name: 'action',
			type: 'options',
			options: [...ACTIONS],
			default: 'refund',
			description: 'What to do with the payment. A refund needs enough balance in the store\'s payments account.',
		},
		{
			displayName: 'Refund Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: '',
			placeholder: 'e.g. 90',
			description: 'For a partial refund: how much to give back. Leave empty to refund the whole payment.',
			displayOptions: { show: { action: ['refund'] } },
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			placeholder: 'e.g. SAR',
			description: 'The currency of the refund amount, as a three-letter code; leave empty for the payment\'s own',
			displayOptions: { show: { action: ['refund'] } },
		},
	],
});
