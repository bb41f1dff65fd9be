import { defineResource } from '../../common/operation';
import { getBank } from './getBank.operation';
import { getBanks } from './getBanks.operation';
import { getMethods } from './getMethods.operation';

/**
 * Payments: the available payment methods (`/payment/methods`) and the store's bank accounts
 * (`/payment/banks`). The payments received are the Transaction resource.
 *
 * Known limits: the bank pages give a schema (id, bank_name, account_name, status) but no example;
 * the output is Salla's answer as it comes.
 */
export const payment = defineResource({
	value: 'payment',
	name: 'Payment',
	defaultOperation: getMethods.value,
	operations: [getBank, getBanks, getMethods],
});
