import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { printInvoice } from './printInvoice.operation';
import { update } from './update.operation';

/**
 * Transactions: the payments the store received (`/transactions`), and refunds, voids and reversals.
 *
 * Known limits: Salla's page says Payment Method takes "array or string"; the node sends one value as
 * a string. Update sends `amount` (and `currency`) only for a refund: the page documents partial
 * refunds but not what an amount means for a void or a reversal. Salla answers Update with 201 and a
 * message; the output adds the transaction's ID and the action.
 */
export const transaction = defineResource({
	value: 'transaction',
	name: 'Transaction',
	defaultOperation: getAll.value,
	operations: [get, getAll, printInvoice, update],
});
