import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, optionalMoney } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { dataWithFacts } from '../../common/output';
import { customer } from '../customer/shared';
import type { SallaBody } from '../../common/operation';

/**
 * What Deposit and Withdraw share: the same body `{customer_id, amount}`, the amount checked before
 * anything is sent, and the output (Salla's answer with the customer it concerns).
 */

/** The sentence Salla's 403 and the operations' descriptions carry (see `approvedAppsOnly`). */
export const WALLET_APPS_ONLY =
	'Salla lets only apps it has approved move money in customer wallets, and only in stores that have the Customer Wallet app installed.';

export const amountField: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	required: true,
	default: 0,
	placeholder: 'e.g. 50',
	description: 'How much, in the store currency: more than 0, with at most 2 decimals. Salla accepts wallet changes only from apps it has approved.',
};

export function walletBody(this: IExecuteSingleFunctions): SallaBody {
	const customerId = readRecordId(this, customer);
	const raw = this.getNodeParameter('amount', '') as unknown;
	const amount = optionalMoney(this, 'Amount', raw);
	if (amount === undefined || amount === 0) {
		throw inputError(this, amount === 0 ? 'Amount is 0' : 'Amount is empty', 'Give the amount in the store currency, more than 0, for example 50.');
	}
	return { customer_id: customerId, amount };
}

/** Salla's `data` (status, amount, date, wallet{id, balance}) with the customer's ID first. */
export const outputWallet = dataWithFacts((context) => ({ customer_id: readRecordId(context, customer) }));
