/**
 * Currency → Get Many, Get Available and Activate; Language → Get Many, Add and Update.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const currencies = [
	{ name: 'ريال سعودي', code: 'SAR', symbol: 'ر.س', status: 'enabled' },
	{ name: 'دولار أمريكي', code: 'USD', symbol: '$', status: 'disabled' },
];
const available = [
	{ id: 1745409636, country_name_en: 'Saudi Arabia', country_code: 'SA', currency_code: 'SAR', currency_name_en: 'Riyals', currency_name_ar: 'ريال سعودي' },
];
const french = { id: 13, name: 'français', status: 'enabled', rtl: false, iso_code: 'fr', country_code: 'fr', sort_order: 1 };
const ok = (data: unknown) => ({ status: 200, success: true, data });
const sent = () => received.map((request) => [request.method, request.path, request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Currency', () => {
	test('Get Many and Get Available output one item per currency', async () => {
		salla('get', '/currencies?page=1&per_page=60', 200, ok(currencies));
		salla('get', '/currencies/available?page=1&per_page=60', 200, ok(available));
		const all = await runSalla({ resource: 'currency', operation: 'getAll', returnAll: true });
		const open = await runSalla({ resource: 'currency', operation: 'getAvailable', returnAll: true });
		expect(sent()).toEqual([
			['GET', '/admin/v2/currencies?page=1&per_page=60', undefined],
			['GET', '/admin/v2/currencies/available?page=1&per_page=60', undefined],
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(all.items).toEqual(currencies.map((json) => ({ json, pairedItem: { item: 0 } })));
		expect(open.items).toEqual(available.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Activate sends each currency with its status and outputs the store\'s currencies', async () => {
		salla('post', '/currencies', 200, ok(currencies));
		const { items, error } = await runSalla({
			resource: 'currency',
			operation: 'activate',
			currencies: { currency: [{ code: 'sar', status: true }, { code: 'USD', status: false }] },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', '/admin/v2/currencies', { currencies: [{ code: 'SAR', status: true }, { code: 'USD', status: false }] }]]);
		expect(items).toEqual(currencies.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test.each([
		['no currency', {}, 'Currencies is empty'],
		['a code that is not a currency code', { currency: [{ code: 'dollar', status: true }] }, 'Currencies, currency 1: "DOLLAR" is not a currency code'],
		['the same currency twice', { currency: [{ code: 'USD' }, { code: 'usd' }] }, 'Currencies, currency 2: USD is listed twice'],
	])('Activate with %s sends nothing', async (_case, value, message) => {
		const { error } = await runSalla({ resource: 'currency', operation: 'activate', currencies: value });
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 (at least one active currency) is mapped', async () => {
		salla('post', '/currencies', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { currencies: ['يجب تفعيل عملة واحدة على الأقل.'] } },
		});
		const { error } = await runSalla({ resource: 'currency', operation: 'activate', currencies: { currency: [{ code: 'SAR', status: false }] } });
		expect(error?.message).toBe('Salla rejected the data (422): currencies: يجب تفعيل عملة واحدة على الأقل.');
	});

	test('the currency dropdown lists the available currencies by code', async () => {
		salla('get', '/currencies/available?page=1&per_page=60', 200, ok(available));
		const { result } = await callMethod('loadOptions', 'getAvailableCurrencies', { resource: 'currency', operation: 'activate' });
		expect(result).toEqual([{ name: 'SAR · Riyals (Saudi Arabia)', value: 'SAR' }]);
	});
});

describe('Language', () => {
	test('Get Many outputs one item per language', async () => {
		salla('get', '/languages?page=1&per_page=60', 200, ok([french]));
		const { items } = await runSalla({ resource: 'language', operation: 'getAll', returnAll: true });
		expect(sent()).toEqual([['GET', '/admin/v2/languages?page=1&per_page=60', undefined]]);
		expect(items).toEqual([{ json: french, pairedItem: { item: 0 } }]);
	});

	test('Add sends the codes with their sort order as text, as Salla\'s example does (n8n fills the default order)', async () => {
		salla('post', '/languages', 200, ok([french]));
		const { items, error } = await runSalla({
			resource: 'language',
			operation: 'add',
			locales: { locale: [{ iso_code: ' FR ', sort_order: 1 }, { iso_code: 'el' }] },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', '/admin/v2/languages', { locales: [{ iso_code: 'fr', sort_order: '1' }, { iso_code: 'el', sort_order: '1' }] }]]);
		expect(items).toEqual([{ json: french, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no language', {}, 'Languages is empty'],
		['a code that is not one', { locale: [{ iso_code: 'french' }] }, 'Languages, language 1: Code "french" is not a language code'],
	])('Add with %s sends nothing', async (_case, value, message) => {
		const { error } = await runSalla({ resource: 'language', operation: 'add', locales: value });
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('Update sends only what is set, to the language\'s code', async () => {
		salla('put', '/languages/fr', 200, ok([{ ...french, status: 'disabled' }]));
		const { items, error } = await runSalla({
			resource: 'language',
			operation: 'update',
			locale: { __rl: true, mode: 'list', value: 'fr', cachedResultName: 'français (fr)' },
			updateFields: { status: false },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['PUT', '/admin/v2/languages/fr', { status: false }]]);
		expect(items).toEqual([{ json: { ...french, status: 'disabled' }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['nothing to update', { __rl: true, mode: 'code', value: 'fr' }, {}, 'Nothing to update'],
		['a code that is not one', { __rl: true, mode: 'code', value: '={{ "french" }}' }, { sort_order: 2 }, 'Language: "french" is not a language code'],
	])('Update with %s sends nothing', async (_case, locale, updateFields, message) => {
		const { error } = await runSalla({ resource: 'language', operation: 'update', locale, updateFields });
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});

	test('the language picker lists the store\'s languages by code', async () => {
		salla('get', '/languages', 200, ok([french, { id: 1, name: 'العربية', iso_code: 'ar' }]));
		const { result } = await callMethod('listSearch', 'searchLanguages', { resource: 'language', operation: 'update' }, ['fran']);
		expect(result).toEqual({ results: [{ name: 'français (fr)', value: 'fr' }] });
	});
});
