import { defineOperation } from '../../common/operation';
import { customer } from '../customer/shared';
import { amountField, outputWallet, WALLET_APPS_ONLY, walletBody } from './shared';

/** POST /customers/wallets/withdraw `{customer_id, amount}`; Salla answers the new balance. */
export const withdraw = defineOperation({
	value: 'withdraw',
	name: 'Withdraw',
	description: 'Take money out of a customer\'s wallet (Salla allows this for approved apps only)',
	action: 'Withdraw from a customer wallet',
	method: 'POST',
	path: '/customers/wallets/withdraw',
	scope: 'customer-wallets.read_write',
	approvedAppsOnly: WALLET_APPS_ONLY,
	body: walletBody,
	postReceive: [outputWallet],
	fields: [customer, amountField],
});
