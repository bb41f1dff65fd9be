import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { printInvoice } from './printInvoice.operation';
import { update } from './update.operation';

/**
 * Transactions: the payments the store received (`/transactions`), and refunds, voids and reversals.
 *
 * Known limits: docs/resources/transaction.md (its hand-written section).
 */
export const transaction = defineResource({
	value: 'transaction',
	name: 'Transaction',
	defaultOperation: getAll.value,
	operations: [get, getAll, printInvoice, update],
});
