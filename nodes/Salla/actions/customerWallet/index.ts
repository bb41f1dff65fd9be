import { defineResource } from '../../common/operation';
import { deposit } from './deposit.operation';
import { withdraw } from './withdraw.operation';

/**
 * Customer wallets (`/customers/wallets`): deposit to and withdraw from a customer's balance.
 *
 * Known limits: Salla serves these endpoints only to apps it has approved, in stores with the Customer
 * Wallet app; any other app gets Salla's 403, which the node's error explains. The pages document no
 * upper limit for an amount: the node checks that it is more than 0 with at most 2 decimals, and
 * leaves a withdrawal beyond the balance to Salla's answer. Withdraw's example answers `amount_float`
 * where Deposit's answers `amount`: the output is Salla's answer as it comes.
 */
export const customerWallet = defineResource({
	value: 'customerWallet',
	name: 'Customer Wallet',
	defaultOperation: deposit.value,
	operations: [deposit, withdraw],
});
