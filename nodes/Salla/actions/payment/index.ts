import { defineResource } from '../../common/operation';
import { getBank } from './getBank.operation';
import { getBanks } from './getBanks.operation';
import { getMethods } from './getMethods.operation';

/**
 * Payments: the available payment methods (`/payment/methods`) and the store's bank accounts
 * (`/payment/banks`). The payments received are the Transaction resource.
 *
 * Known limits: docs/resources/payment.md (its hand-written section).
 */
export const payment = defineResource({
	value: 'payment',
	name: 'Payment',
	defaultOperation: getMethods.value,
	operations: [getBank, getBanks, getMethods],
});
