// Customer Wallet (/customers/wallets): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok } from '../../harness/salla-answers.mjs';

const CUSTOMER = 1994632444;
const customer = byId(CUSTOMER);
const DATE = { date: '2025-11-27 13:45:54.321280', timezone_type: 3, timezone: 'Asia/Riyadh' };
const wallet = (balance) => ({ id: 1337429619, balance, created_at: '2025-11-26 10:28:13' });

export const operations = [
	{
		operation: 'deposit',
		parameters: { customer, amount: 22 },
		request: { method: 'POST', path: '/customers/wallets/deposit', body: { customer_id: CUSTOMER, amount: 22 } },
		answer: ok({ status: 'confirmed', amount: 22, date: DATE, wallet: wallet(490) }),
		output: [{ customer_id: CUSTOMER, status: 'confirmed', amount: 22, date: DATE, wallet: wallet(490) }],
	},
	{
		// Salla's Withdraw answers amount_float where Deposit answers amount: the output keeps it as it comes
		operation: 'withdraw',
		parameters: { customer, amount: 12.5 },
		request: { method: 'POST', path: '/customers/wallets/withdraw', body: { customer_id: CUSTOMER, amount: 12.5 } },
		answer: ok({ status: 'confirmed', amount_float: -12.5, date: DATE, wallet: wallet(477.5) }),
		output: [{ customer_id: CUSTOMER, status: 'confirmed', amount_float: -12.5, date: DATE, wallet: wallet(477.5) }],
	},
];
