import { defineResource } from '../../common/operation';
import { deposit } from './deposit.operation';
import { withdraw } from './withdraw.operation';

/**
 * Customer wallets (`/customers/wallets`): deposit to and withdraw from a customer's balance.
 *
 * Known limits: docs/resources/customerWallet.md (its hand-written section).
 */
export const customerWallet = defineResource({
	value: 'customerWallet',
	name: 'Customer Wallet',
	defaultOperation: deposit.value,
	operations: [deposit, withdraw],
});
