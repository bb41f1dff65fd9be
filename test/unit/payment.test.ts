/**
 * Payment → Get Many Methods, Get Many Banks, Get Bank, and the bank account picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, pageWithLinks } from '../helpers/fixtures';
import payment from '../fixtures/payment.json';

const page = pageWithLinks([]);
// Salla's Available Payment Methods example and a bank account, shared with the e2e table
const { methods, bank: alRajhi } = payment;
const requested = () => received.map((request) => `${request.method} ${request.path}`);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Payment → Get Many Methods', () => {
	test('lists the methods, one item each', async () => {
		salla('get', '/payment/methods?page=1&per_page=60', 200, page(methods, 1, 1));
		const { items, error } = await runSalla({ resource: 'payment', operation: 'getMethods', returnAll: true });
		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/payment/methods?page=1&per_page=60']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual(methods.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Enabled Only sends status=enabled', async () => {
		salla('get', '/payment/methods?status=enabled&page=1&per_page=60', 200, page(methods.slice(1), 1, 1));
		const { items } = await runSalla({ resource: 'payment', operation: 'getMethods', returnAll: true, enabledOnly: true });
		expect(requested()).toEqual(['GET /admin/v2/payment/methods?status=enabled&page=1&per_page=60']);
		expect(items).toHaveLength(1);
	});
});

describe('Payment → Get Many Banks', () => {
	test('the Status filter reaches Salla; Limit asks for just that many', async () => {
		salla('get', '/payment/banks?status=inactive&page=1&per_page=1', 200, page([alRajhi], 1, 3));
		const { items, error } = await runSalla({ resource: 'payment', operation: 'getBanks', returnAll: false, limit: 1, filters: { status: 'inactive' } });
		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/payment/banks?status=inactive&page=1&per_page=1']);
		expect(items).toEqual([{ json: alRajhi, pairedItem: { item: 0 } }]);
	});

	test('an unknown status sends nothing', async () => {
		const { error } = await runSalla({ resource: 'payment', operation: 'getBanks', returnAll: true, filters: { status: '={{ "open" }}' } });
		expect(error?.message).toBe('Status: "open" is not one of the choices');
		expect(received).toEqual([]);
	});
});

describe('Payment → Get Bank', () => {
	test('sends GET to the bank account and outputs it', async () => {
		salla('get', '/payment/banks/1723506348', 200, { status: 200, success: true, data: alRajhi });
		const { items } = await runSalla({ resource: 'payment', operation: 'getBank', bank_id: byId('1723506348') });
		expect(requested()).toEqual(['GET /admin/v2/payment/banks/1723506348']);
		expect(items).toEqual([{ json: alRajhi, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 is mapped; an ID that is not a number sends nothing', async () => {
		salla('get', '/payment/banks/9', 404, { status: 404, success: false, error: { code: 404, message: 'Not found' } });
		const { error } = await runSalla({ resource: 'payment', operation: 'getBank', bank_id: byId('9') });
		expect(error?.message).toBe('Salla could not find what this operation refers to (404)');
		const bad = await runSalla({ resource: 'payment', operation: 'getBank', bank_id: byId('={{ "rajhi" }}') });
		expect(bad.error?.message).toBe('Bank Account: "rajhi" is not a bank account ID');
		expect(received).toHaveLength(1);
	});

	test('the picker names each account by bank and holder', async () => {
		salla('get', '/payment/banks?page=1&per_page=60', 200, page([alRajhi], 1, 1));
		const { result } = await callMethod('listSearch', 'searchBanks', { resource: 'payment', operation: 'getBank' }, ['rajhi']);
		expect(result).toEqual({ results: [{ name: 'Al Rajhi Bank · Salla Store LLC', value: '1723506348', url: undefined }], paginationToken: undefined });
	});
});
