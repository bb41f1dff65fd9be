/**
 * Coupon → Get Many, Get and Delete, and the coupon and product pickers, through n8n's real engine.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, listPicker, page, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('SUMMER10');

const coupons = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, code: `CODE${first + index}`, type: 'fixed' }));

const notFound = { status: 404, success: false, error: { code: 'error', message: 'المحتوى الذي تحاول الوصول اليه غير متوفر' } };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Coupon → Get Many', () => {
	const getMany = (parameters: Record<string, unknown>) => ({ resource: 'coupon', operation: 'getAll', ...parameters });

	test('Return All walks two pages of 60 and outputs one item per coupon', async () => {
		salla('get', '/coupons?page=1&per_page=60', 200, page(coupons(1, 60), 1, 2));
		salla('get', '/coupons?page=2&per_page=60', 200, page(coupons(61, 5), 2, 2));

		const { items, error } = await runSalla(getMany({ returnAll: true }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/coupons?page=1&per_page=60',
			'GET /admin/v2/coupons?page=2&per_page=60',
		]);
		expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
		expect(items).toHaveLength(65);
		expect(items[64]).toEqual({ json: { id: 65, code: 'CODE65', type: 'fixed' }, pairedItem: { item: 0 } });
	});

	test('Limit asks for just that many, and the keyword is sent trimmed', async () => {
		salla('get', '/coupons?keyword=SUMMER&page=1&per_page=3', 200, page(coupons(1, 3), 1, 4));

		const { items } = await runSalla(getMany({ returnAll: false, limit: 3, filters: { keyword: '  SUMMER ' } }));

		expect(received.map((request) => request.path)).toEqual(['/admin/v2/coupons?keyword=SUMMER&page=1&per_page=3']);
		expect(items.map((item) => item.json)).toEqual(coupons(1, 3));
	});

	test('a blank keyword is not sent', async () => {
		salla('get', '/coupons?page=1&per_page=60', 200, page([], 1, 1));
		await runSalla(getMany({ returnAll: true, filters: { keyword: '  ' } }));
		expect(received[0].path).toBe('/admin/v2/coupons?page=1&per_page=60');
	});
});

describe('Coupon → Get', () => {
	test('asks for the picked coupon and outputs Salla\'s data', async () => {
		salla('get', '/coupons/1622617640', 200, { status: 200, success: true, data: { id: 1622617640, code: 'QAZCVS' } });

		const { items, error } = await runSalla({ resource: 'coupon', operation: 'get', coupon_id: fromList('1622617640') });

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('GET');
		expect(received[0].path).toBe('/admin/v2/coupons/1622617640');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: { id: 1622617640, code: 'QAZCVS' }, pairedItem: { item: 0 } }]);
	});

	test('an ID that is not a number sends nothing', async () => {
		await expectNotSent({ resource: 'coupon', operation: 'get', coupon_id: byId('={{ "SUMMER10" }}') }, 'Coupon: "SUMMER10" is not a coupon ID');
	});

	test('a missing coupon is Salla\'s 404, mapped', async () => {
		salla('get', '/coupons/999', 404, notFound);
		const { error } = await runSalla({ resource: 'coupon', operation: 'get', coupon_id: byId('999') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Coupon → Delete', () => {
	test('sends DELETE and says which coupon was deleted', async () => {
		salla('delete', '/coupons/6930446', 200, {
			status: 202,
			success: true,
			data: { message: 'The coupon has been removed successfully', code: 202 },
		});

		const { items, error } = await runSalla({ resource: 'coupon', operation: 'delete', coupon_id: byId(' 6930446 ') });

		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			['DELETE', '/admin/v2/coupons/6930446', undefined],
		]);
		expect(items).toEqual([
			{ json: { id: 6930446, deleted: true, message: 'The coupon has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Coupon pickers', () => {
	test('the coupon list searches Salla by keyword and shows the codes', async () => {
		salla('get', '/coupons?page=1&per_page=60&keyword=DEAL', 200, page([{ id: 6930446, code: 'DEAL' }], 1, 2));

		const { result } = await callMethod('listSearch', 'searchCoupons', { resource: 'coupon', operation: 'get' }, ['DEAL']);

		expect(received[0].path).toBe('/admin/v2/coupons?page=1&per_page=60&keyword=DEAL');
		expect(result).toEqual({ results: [{ name: 'DEAL', value: '6930446', url: undefined }], paginationToken: '2' });
	});

	test('the product multi-select loads every page of products, showing SKUs', async () => {
		salla('get', '/products?page=1&per_page=60', 200, page([{ id: 1, name: 'Shirt', sku: 'SH-1' }], 1, 2));
		salla('get', '/products?page=2&per_page=60', 200, page([{ id: 2, name: 'Cap' }], 2, 2));

		const { result } = await callMethod('loadOptions', 'getProducts', { resource: 'coupon', operation: 'create' });

		expect(received).toHaveLength(2);
		expect(result).toEqual([
			{ name: 'Shirt (SH-1)', value: 1 },
			{ name: 'Cap', value: 2 },
		]);
	});
});
