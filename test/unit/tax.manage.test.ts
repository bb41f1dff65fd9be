/**
 * Tax → Get, Update and Delete, and the tax picker (rate and country).
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, requestedPaths } from '../helpers/fixtures';

const bahrain = { id: 2087347200, tax: 5, status: 'active', country: 'Bahrain' };
const tax = (value: string) => ({ __rl: true, mode: 'id', value });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Tax → Get', () => {
	test('outputs the tax', async () => {
		salla('get', '/taxes/2087347200', 200, { status: 200, success: true, data: bahrain });
		const { items, error } = await runSalla({ resource: 'tax', operation: 'get', tax: tax('2087347200') });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/taxes/2087347200']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: bahrain, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 is a NodeApiError', async () => {
		salla('get', '/taxes/1', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla({ resource: 'tax', operation: 'get', tax: tax('1') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Tax → Update', () => {
	test('sends the rate as text and the chosen country', async () => {
		salla('put', '/taxes/2087347200', 200, { status: 200, success: true, data: { ...bahrain, tax: 10 } });
		const { items } = await runSalla({ resource: 'tax', operation: 'update', tax: tax('2087347200'), rate: 10, country_id: 773200552 });
		expect(requestedPaths()).toEqual(['PUT /admin/v2/taxes/2087347200']);
		expect(received[0].body).toEqual({ tax: '10', country_id: 773200552 });
		expect(items).toEqual([{ json: { ...bahrain, tax: 10 }, pairedItem: { item: 0 } }]);
	});

	test('without a country only the rate is sent', async () => {
		salla('put', '/taxes/2087347200', 200, { data: bahrain });
		await runSalla({ resource: 'tax', operation: 'update', tax: tax('2087347200'), rate: 15 });
		expect(received[0].body).toEqual({ tax: '15' });
	});

	test.each([
		['a rate above 100', { rate: 120 }, 'Tax Rate (%): "120" is not a number from 0 to 100'],
		['an empty rate', { rate: '={{ "" }}' }, 'Tax Rate (%) is empty'],
		['a country that is not an ID', { rate: 15, country_id: '={{ "BH" }}' }, 'Country Name or ID: "BH" is not a country ID'],
		['a tax that is not an ID', { rate: 15, tax: tax('={{ "vat" }}') }, 'Tax: "vat" is not a tax ID'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectNotSent({ resource: 'tax', operation: 'update', tax: tax('2087347200'), ...parameters }, message));
});

describe('Tax → Delete', () => {
	test('says what was deleted', async () => {
		salla('delete', '/taxes/2087347200', 200, { status: 202, success: true, data: { message: 'The Tax has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'tax', operation: 'delete', tax: tax('2087347200') });
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/taxes/2087347200']);
		expect(items).toEqual([{ json: { id: 2087347200, deleted: true, message: 'The Tax has been removed successfully' }, pairedItem: { item: 0 } }]);
	});
});

describe('Tax picker', () => {
	test('shows each rate with its country, filtered here', async () => {
		salla('get', '/taxes?page=1&per_page=60', 200, { data: [bahrain, { id: 3, tax: 15, status: 'active', country: null }], pagination: { currentPage: 1, totalPages: 1 } });
		const { result } = await callMethod('listSearch', 'searchTaxes', { resource: 'tax', operation: 'get' }, ['bah']);
		expect(result).toEqual({ results: [{ name: '5% · Bahrain', value: '2087347200', url: undefined }], paginationToken: undefined });
	});
});
