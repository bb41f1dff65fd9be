/**
 * Product → Get and Delete, by ID or by SKU, through n8n-core's real engine with nock as Salla.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectNotSent, requestedPaths } from '../helpers/fixtures';

/** A product as Salla's docs show it (quantity as text, as one of its examples sends it). */
const details = (id: number, sku: string) => ({
	id,
	sku,
	name: 'T-Shirt Blue',
	type: 'product',
	price: { amount: 96.33, currency: 'SAR' },
	quantity: '50',
	status: 'sale',
	urls: { customer: `https://salla.sa/dev/t-shirt/p${id}`, admin: `https://s.salla.sa/products/${id}` },
	images: [],
});

const byId = (operation: string, id: unknown, extra: Record<string, unknown> = {}) => ({
	resource: 'product',
	operation,
	findBy: 'id',
	product: { __rl: true, mode: 'id', value: id },
	...extra,
});

const bySku = (operation: string, sku: unknown) => ({ resource: 'product', operation, findBy: 'sku', sku });

const requested = () => requestedPaths();

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Get', () => {
	test('by ID outputs Salla\'s product as it is', async () => {
		salla('get', '/products/207865447', 200, { status: 200, success: true, data: details(207865447, 'TS-1') });

		const { items, error } = await runSalla(byId('get', '207865447'));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['GET /admin/v2/products/207865447']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: details(207865447, 'TS-1'), pairedItem: { item: 0 } }]);
	});

	test('by ID picked from the list or pasted as a dashboard URL', async () => {
		salla('get', '/products/11', 200, { data: details(11, 'A') });
		salla('get', '/products/12', 200, { data: details(12, 'B') });

		await runSalla({ ...byId('get', ''), product: { __rl: true, mode: 'list', value: '11', cachedResultName: 'T-Shirt' } });
		await runSalla({ ...byId('get', ''), product: { __rl: true, mode: 'url', value: 'https://s.salla.sa/products/12' } });

		expect(requested()).toEqual(['GET /admin/v2/products/11', 'GET /admin/v2/products/12']);
	});

	test('by SKU asks Salla\'s SKU path, the SKU URL-encoded', async () => {
		salla('get', '/products/sku/23-4324432', 200, { data: details(1, '23-4324432') });
		salla('get', '/products/sku/A%2FB%20C%23%3F', 200, { data: details(2, 'A/B C#?') });

		const first = await runSalla(bySku('get', ' 23-4324432 '));
		const second = await runSalla(bySku('get', 'A/B C#?'));

		expect(requested()).toEqual(['GET /admin/v2/products/sku/23-4324432', 'GET /admin/v2/products/sku/A%2FB%20C%23%3F']);
		expect(first.items).toEqual([{ json: details(1, '23-4324432'), pairedItem: { item: 0 } }]);
		expect(second.items[0].json.sku).toBe('A/B C#?');
	});

	test('each input item gets its own product, paired to it', async () => {
		salla('get', '/products/sku/A', 200, { data: details(1, 'A') });
		salla('get', '/products/sku/B', 200, { data: details(2, 'B') });

		const { items } = await runSalla(bySku('get', '={{ $json.sku }}'), { items: [{ sku: 'A' }, { sku: 'B' }] });

		expect(requested().sort()).toEqual(['GET /admin/v2/products/sku/A', 'GET /admin/v2/products/sku/B']);
		expect(items).toEqual([
			{ json: details(1, 'A'), pairedItem: { item: 0 } },
			{ json: details(2, 'B'), pairedItem: { item: 1 } },
		]);
	});

	test('a product Salla does not have is a NodeApiError 404', async () => {
		salla('get', '/products/sku/GONE', 404, {
			success: false,
			status: 404,
			error: { code: 404, message: 'The content you are trying to access is no longer available' },
		});

		const { error } = await runSalla(bySku('get', 'GONE'));

		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});

	test.each([
		[bySku('get', '   '), 'SKU is empty', 'Give the product\'s SKU, such as 23-4324432.'],
		// Expressions: n8n itself stops an empty or malformed literal ID before the node runs.
		[byId('get', '={{ "" }}'), 'Product is empty', 'Choose the product from the list, or give its ID: a whole number such as 207865447.'],
		[byId('get', '={{ "abc" }}'), 'Product: "abc" is not a product ID', undefined],
		[{ ...bySku('get', 'X'), findBy: 'barcode' }, 'Find By: "barcode" is not one of the choices', 'Find By must be one of: id (ID), sku (SKU).'],
	])('bad input is stopped before sending: %#', async (parameters, message, description) => {
		const { error } = await runSalla(parameters);
		expect(error?.message).toBe(message);
		if (description) expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});
});

describe('Product → Delete', () => {
	const deleted = { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } };

	test('by ID: Salla\'s 202 message, with what was deleted', async () => {
		salla('delete', '/products/207865447', 202, deleted);

		const { items, error } = await runSalla(byId('delete', 207865447));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['DELETE /admin/v2/products/207865447']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([
			{ json: { id: 207865447, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('by SKU', async () => {
		salla('delete', '/products/sku/TS-1', 202, deleted);

		const { items } = await runSalla(bySku('delete', 'TS-1'));

		expect(requested()).toEqual(['DELETE /admin/v2/products/sku/TS-1']);
		expect(items).toEqual([
			{ json: { sku: 'TS-1', deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('an empty SKU sends nothing', async () => {
		await expectNotSent(bySku('delete', '={{ "" }}'), 'SKU is empty');
	});
});
