/**
 * Currency → Get Many, Get Available and Activate, and the available currencies dropdown.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectRefused, expectSallaHeaders, invalidFields, page, requestedPaths } from '../helpers/fixtures';
import currency from '../fixtures/currency.json';

// List Currencies' and List Available Currencies' examples, shared with the e2e table
const { sar, usd, available } = currency;

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Currency → Get Many', () => {
	test('outputs one item per currency of the store', async () => {
		salla('get', '/currencies?page=1&per_page=60', 200, { status: 200, success: true, data: [sar, usd] });

		const { items, error } = await runSalla({ resource: 'currency', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/currencies?page=1&per_page=60']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([sar, usd].map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});

describe('Currency → Get Available', () => {
	test('sends one GET and outputs every currency Salla can activate, as it sends them', async () => {
		salla('get', '/currencies/available', 200, { status: 200, success: true, data: available });

		const { items, error } = await runSalla({ resource: 'currency', operation: 'getAvailable' });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/currencies/available']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual(available.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Salla\'s 403 reaches the user as a NodeApiError', async () => {
		salla('get', '/currencies/available', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'This action is unauthorized.' } });
		const { error } = await runSalla({ resource: 'currency', operation: 'getAvailable' });
		expectApiError(error, '403', 'Salla refused this operation (403)');
	});
});

describe('Currency → Activate', () => {
	const activate = (currency: object[]) => ({ resource: 'currency', operation: 'activate', currencies: { currency } });

	test('sends each currency with its status, and outputs the store\'s currencies', async () => {
		salla('post', '/currencies', 200, { status: 200, success: true, data: [sar, { ...usd, status: 'enabled' }] });

		const { items, error } = await runSalla(activate([{ code: 'SAR', status: true }, { code: 'USD', status: false }]));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/currencies']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ currencies: [{ code: 'SAR', status: true }, { code: 'USD', status: false }] });
		expect(items).toEqual([
			{ json: sar, pairedItem: { item: 0 } },
			{ json: { ...usd, status: 'enabled' }, pairedItem: { item: 0 } },
		]);
	});

	test('a code from an expression is trimmed and upper-cased; Active from text', async () => {
		salla('post', '/currencies', 200, { status: 200, success: true, data: [] });
		await runSalla(activate([{ code: '={{ $json.currency }}', status: '={{ $json.active }}' }]), { items: [{ currency: ' eur ', active: 'false' }] });
		expect(received[0].body).toEqual({ currencies: [{ code: 'EUR', status: false }] });
	});

	test.each([
		['no currency', [], 'No currency to activate'],
		['an empty currency', [{ code: '', status: true }], 'Currencies 1: Currency is empty'],
		['a currency name instead of a code', [{ code: '={{ "Dollars" }}', status: true }], 'Currencies 1: Currency: "Dollars" is not a currency code'],
		['the same currency twice', [{ code: 'USD' }, { code: '={{ "usd" }}' }], 'Currencies 2: Currency: USD is given twice'],
		['an Active that is not true or false', [{ code: 'USD', status: '={{ "yes" }}' }], 'Currencies 1: Active: "yes" is not true or false'],
	])('bad input (%s) sends nothing', async (_case, currency, message) => {
		await expectRefused(activate(currency), message);
	});

	test('Salla\'s 422 lists the fields it rejected', async () => {
		salla('post', '/currencies', 422, invalidFields({ 'currencies.0.code': ['The selected currencies.0.code is invalid.'] }));
		const { error } = await runSalla(activate([{ code: 'XYZ', status: true }]));
		expectApiError(error, '422', 'Salla rejected the data (422): currencies.0.code: The selected currencies.0.code is invalid.');
	});
});

describe('Available currencies dropdown', () => {
	test('offers each currency once by code, named in English where Salla gives it, with its countries', async () => {
		salla('get', '/currencies/available?page=1&per_page=60', 200, page(available, 1, 1));

		const { result } = await callMethod('loadOptions', 'getAvailableCurrencies', { resource: 'currency', operation: 'activate' });

		expect(requestedPaths()).toEqual(['GET /admin/v2/currencies/available?page=1&per_page=60']);
		expect(result).toEqual([
			{ name: 'Dollars (USD)', value: 'USD', description: 'United States, Ecuador' },
			{ name: 'Riyals (SAR)', value: 'SAR', description: 'Saudi Arabia' },
			{ name: 'درهم اماراتي (AED)', value: 'AED', description: 'United Arab Emirates' },
		]);
	});
});
