import { defineOperation } from '../../common/operation';
import { customer } from '../customer/shared';
import { amountField, outputWallet, WALLET_APPS_ONLY, walletBody } from './shared';

/** POST /customers/wallets/deposit `{customer_id, amount}`. */
export const deposit = defineOperation({
	value: 'deposit',
	name: 'Deposit',
	description: 'Add money to a customer\'s wallet (Salla allows this for approved apps only)',
	action: 'Deposit to a customer wallet',
	method: 'POST',
	path: '/customers/wallets/deposit',
	scope: 'customer-wallets.read_write',
	approvedAppsOnly: WALLET_APPS_ONLY,
	body: walletBody,
	postReceive: [outputWallet],
	fields: [customer, amountField],
});
