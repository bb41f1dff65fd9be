/**
 * Customer Wallet → Deposit and Withdraw: the exact body, the amount checked before sending, and
 * Salla's 403 for apps it has not approved.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent } from '../helpers/fixtures';

const wallet = (operation: string, parameters: Record<string, unknown>) => ({
	resource: 'customerWallet',
	operation,
	customer: byId('1994632444'),
	...parameters,
});
const answer = (amount: Record<string, number>) => ({
	status: 200,
	success: true,
	data: {
		status: 'confirmed',
		...amount,
		date: { date: '2025-11-27 13:45:54.321280', timezone_type: 3, timezone: 'Asia/Riyadh' },
		wallet: { id: 1337429619, balance: 468, created_at: '2025-11-26 10:28:13' },
	},
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe.each([
	['deposit', { amount: 22 }],
	['withdraw', { amount_float: -22 }],
])('Customer Wallet → %s', (operation, amount) => {
	test('sends {customer_id, amount} and outputs the new balance with the customer', async () => {
		salla('post', `/customers/wallets/${operation}`, 200, answer(amount));
		const { items, error } = await runSalla(wallet(operation, { amount: '={{ "22" }}' }));
		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			['POST', `/admin/v2/customers/wallets/${operation}`, { customer_id: 1994632444, amount: 22 }],
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([{ json: { customer_id: 1994632444, ...answer(amount).data }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['an amount of 0', { amount: 0 }, 'Amount is 0'],
		['a negative amount', { amount: -5 }, 'Amount: "-5" is not a number of at least 0'],
		['an amount with 3 decimals', { amount: 10.125 }, 'Amount: "10.125" has more than 2 decimals'],
		['an amount that is not a number', { amount: '={{ "fifty" }}' }, 'Amount: "fifty" is not a number of at least 0'],
		['an empty amount from an expression', { amount: '={{ "" }}' }, 'Amount is empty'],
		['a customer ID that is not a number', { amount: 5, customer: byId('={{ "sara" }}') }, 'Customer: "sara" is not a customer ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(wallet(operation, parameters), message));

	test('an app Salla has not approved gets a 403 that says why', async () => {
		salla('post', `/customers/wallets/${operation}`, 403, {
			status: 403,
			success: false,
			error: { code: 'error', message: 'Application does not have permission to customer wallet' },
		});
		const { error } = await runSalla(wallet(operation, { amount: 10 }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('403');
		expect(error?.message).toBe('Salla refused this operation (403): it is reserved for apps Salla has approved');
		expect(error?.description).toMatch(
			/^Salla lets only apps it has approved move money in customer wallets, and only in stores that have the Customer Wallet app installed\. Salla says: "Application does not have permission to customer wallet"\./,
		);
	});
});

test('other errors of a wallet operation are mapped as usual', async () => {
	salla('post', '/customers/wallets/withdraw', 422, {
		status: 422,
		success: false,
		error: { code: 'validation_failed', message: 'Validation is not successfull', fields: { amount: ['The amount exceeds the wallet balance.'] } },
	});
	const { error } = await runSalla(wallet('withdraw', { amount: 1000 }));
	expect(error?.message).toBe('Salla rejected the data (422): amount: The amount exceeds the wallet balance.');
});
