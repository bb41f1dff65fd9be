/**
 * Language → Get Many, Add and Update, and the language picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectNotSent, expectRefused, expectSallaHeaders, invalidFields, page, requestedPaths } from '../helpers/fixtures';

const arabic = { id: 1, name: 'العربية', status: 'enabled', rtl: true, flag: 'https://assets.salla.sa/images/flags/ar.svg', iso_code: 'ar', country_code: 'sa', sort_order: 0 };
const english = { id: 2, name: 'English', status: 'disabled', rtl: false, flag: 'https://assets.salla.sa/images/flags/en.svg', iso_code: 'en', country_code: 'gb', sort_order: 0 };
const french = { id: 13, name: 'français', status: 'enabled', rtl: false, flag: 'https://assets.salla.sa/images/flags/fr.svg', iso_code: 'fr', country_code: 'fr', sort_order: 1 };

const byCode = (value: string) => ({ __rl: true, mode: 'code', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'français (fr)' });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Language → Get Many', () => {
	test('outputs one item per language as Salla sends it', async () => {
		salla('get', '/languages?page=1&per_page=60', 200, page([arabic, english, french], 1, 1));

		const { items, error } = await runSalla({ resource: 'language', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/languages?page=1&per_page=60']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([arabic, english, french].map((json) => ({ json, pairedItem: { item: 0 } })));
	});
});

describe('Language → Add', () => {
	const add = (locale: object[]) => ({ resource: 'language', operation: 'add', locales: { locale } });

	test('sends every language with its position as text, and outputs the added languages', async () => {
		salla('post', '/languages', 200, { status: 200, success: true, data: [french, { ...english, status: 'enabled' }] });

		const { items, error } = await runSalla(add([{ iso_code: ' fr ', sort_order: 1 }, { iso_code: 'en', sort_order: '' }]));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/languages']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ locales: [{ iso_code: 'fr', sort_order: '1' }, { iso_code: 'en' }] });
		expect(items).toEqual([
			{ json: french, pairedItem: { item: 0 } },
			{ json: { ...english, status: 'enabled' }, pairedItem: { item: 0 } },
		]);
	});

	test.each([
		['no language', [], 'No language to add'],
		['an empty code', [{ iso_code: '' }], 'Languages 1: ISO Code is empty'],
		['a language name instead of a code', [{ iso_code: 'fr' }, { iso_code: 'French language' }], 'Languages 2: ISO Code: "French language" is not an ISO language code'],
		['the same language twice', [{ iso_code: 'fr' }, { iso_code: 'FR' }], 'Languages 2: ISO Code: "FR" is given twice'],
		['a negative position', [{ iso_code: 'fr', sort_order: -1 }], 'Languages 1: Position: "-1" is not a whole number of at least 0'],
	])('bad input (%s) sends nothing', async (_case, locale, message) => {
		await expectRefused(add(locale), message);
	});

	test('Salla\'s 422 lists the fields it rejected', async () => {
		salla('post', '/languages', 422, invalidFields({ 'locales.0.iso_code': ['The selected locales.0.iso_code is invalid.'] }));
		const { error } = await runSalla(add([{ iso_code: 'xx' }]));
		expectApiError(error, '422', 'Salla rejected the data (422): locales.0.iso_code: The selected locales.0.iso_code is invalid.');
	});
});

describe('Language → Update', () => {
	const update = (language: object, updateFields: object) => ({ resource: 'language', operation: 'update', language, updateFields });

	test('sends status as true/false and the position to the language\'s code, and outputs the language', async () => {
		salla('put', '/languages/fr', 200, { status: 200, success: true, data: [french] });

		const { items, error } = await runSalla(update(fromList('fr'), { status: 'enabled', sort_order: 1 }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['PUT /admin/v2/languages/fr']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ status: true, sort_order: 1 });
		expect(items).toEqual([{ json: french, pairedItem: { item: 0 } }]);
	});

	test('only what is set is sent; By Code trims the code', async () => {
		salla('put', '/languages/en', 200, { status: 200, success: true, data: [english] });
		await runSalla(update(byCode(' en '), { status: 'disabled' }));
		expect(requestedPaths()).toEqual(['PUT /admin/v2/languages/en']);
		expect(received[0].body).toEqual({ status: false });
	});

	test('By Code also takes the language\'s ID', async () => {
		salla('put', '/languages/13', 200, { status: 200, success: true, data: [french] });
		await runSalla(update(byCode('13'), { sort_order: 4 }));
		expect(requestedPaths()).toEqual(['PUT /admin/v2/languages/13']);
		expect(received[0].body).toEqual({ sort_order: 4 });
	});

	test.each([
		['nothing to update', byCode('fr'), {}, 'Nothing to update'],
		['an empty language', byCode('={{ "" }}'), { status: 'enabled' }, 'Language is empty'],
		['a language that is not a code', byCode('={{ "French (France)" }}'), { status: 'enabled' }, 'Language: "French (France)" is not a language ISO code'],
		['a status that is not a choice', byCode('fr'), { status: '={{ "on" }}' }, 'Status: "on" is not one of the choices'],
		['a fractional position', byCode('fr'), { sort_order: 1.5 }, 'Position: "1.5" is not a whole number of at least 0'],
	])('bad input (%s) sends nothing', async (_case, language, updateFields, message) => {
		await expectNotSent(update(language, updateFields), message);
	});

	test('a language the store does not have is a clear 404', async () => {
		salla('put', '/languages/de', 404, { status: 404, success: false, error: { code: 'error', message: 'لم يتم العثور على اللغة' } });
		const { error } = await runSalla(update(byCode('de'), { status: 'enabled' }));
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Language picker', () => {
	test('lists the store\'s languages by name and ISO code, filtered here, and gives the code', async () => {
		salla('get', '/languages?page=1&per_page=60', 200, page([arabic, english, french], 1, 1));
		const { result } = await callMethod('listSearch', 'searchLanguages', { resource: 'language', operation: 'update' }, ['EN']);
		expect(result).toEqual({ results: [{ name: 'English (en) · disabled', value: 'en', url: undefined }], paginationToken: undefined });
	});
});
