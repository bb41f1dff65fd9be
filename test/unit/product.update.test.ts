/**
 * Product → Update (by ID or SKU), Change Status and Update Price By SKU.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, requestedPaths } from '../helpers/fixtures';

const update = (updateFields: Record<string, unknown>, target: Record<string, unknown> = { findBy: 'id', product: { __rl: true, mode: 'id', value: '207865447' } }) => ({
	resource: 'product',
	operation: 'update',
	...target,
	updateFields,
});

const details = (extra: Record<string, unknown> = {}) => ({ id: 207865447, name: 'T-Shirt Blue', sku: 'TS-1', quantity: '50', ...extra });

const requested = () => requestedPaths();

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Update', () => {
	test('by ID sends only the fields set and outputs the updated product', async () => {
		salla('put', '/products/207865447', 201, { status: 201, success: true, data: details({ price: { amount: 80, currency: 'SAR' } }) });

		const { items, error } = await runSalla(update({ price: 80, status: 'out' }));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['PUT /admin/v2/products/207865447']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ price: 80, status: 'out' });
		expect(items).toEqual([{ json: details({ price: { amount: 80, currency: 'SAR' } }), pairedItem: { item: 0 } }]);
	});

	test('by SKU uses Salla\'s SKU path; a new SKU in Update Fields is the product\'s new SKU', async () => {
		salla('put', '/products/sku/OLD-1', 201, { data: details({ sku: 'NEW-1' }) });

		await runSalla(update({ sku: 'NEW-1', name: ' Shirt ', quantity: 0, with_tax: false, tax_reason_code: 'VATEX-SA-EDU' }, { findBy: 'sku', sku: 'OLD-1' }));

		expect(requested()).toEqual(['PUT /admin/v2/products/sku/OLD-1']);
		expect(received[0].body).toEqual({ name: 'Shirt', sku: 'NEW-1', quantity: 0, with_tax: false, tax_reason_code: 'VATEX-SA-EDU' });
	});

	test('the same rules as Create apply', async () => {
		await expectNotSent(update({ gtin: '0000' }), 'GTIN: "0000" is not a GTIN');
	});

	test('nothing to update sends nothing', async () => {
		const { error } = await runSalla(update({ name: '  ' }));
		expect(error?.message).toBe('Nothing to update');
		expect(error?.description).toBe('Add at least one field under Update Fields: only the fields you set are sent to Salla.');
		expect(received).toEqual([]);
	});

	test('an unknown status from an expression is stopped', async () => {
		await expectNotSent(update({ status: '={{ "deleted" }}' }), 'Status: "deleted" is not one of the choices');
	});

	test('a product Salla does not have: 404 NodeApiError', async () => {
		salla('put', '/products/207865447', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla(update({ price: 10 }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Product → Change Status', () => {
	const changeStatus = (status: unknown) => ({
		resource: 'product',
		operation: 'changeStatus',
		product: { __rl: true, mode: 'id', value: '207865447' },
		status,
	});

	test('sends {status} and outputs what changed with Salla\'s message', async () => {
		salla('post', '/products/207865447/status', 201, { status: 201, success: true, data: { message: 'Status updated successfully', code: 201 } });

		const { items, error } = await runSalla(changeStatus('hidden'));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['POST /admin/v2/products/207865447/status']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ status: 'hidden' });
		expect(items).toEqual([
			{ json: { id: 207865447, status: 'hidden', message: 'Status updated successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('a status Salla does not take is stopped', async () => {
		const { error } = await runSalla(changeStatus('={{ "deleted" }}'));
		expect(error?.message).toBe('Status: "deleted" is not one of the choices');
		expect(error?.description).toBe('Status must be one of: sale (For Sale), out (Out of Stock), hidden (Hidden).');
		expect(received).toEqual([]);
	});
});

describe('Product → Update Price By SKU', () => {
	const updatePrice = (sku: unknown, price: unknown) => ({ resource: 'product', operation: 'updatePriceBySku', sku, price });

	test('sends {price} to the SKU\'s path and outputs the product', async () => {
		salla('post', '/products/sku/TS%201/price', 201, { status: 201, success: true, data: details({ sku: 'TS 1' }) });

		const { items, error } = await runSalla(updatePrice('TS 1', 59.9));

		expect(error).toBeUndefined();
		expect(requested()).toEqual(['POST /admin/v2/products/sku/TS%201/price']);
		expect(received[0].body).toEqual({ price: 59.9 });
		expect(items).toEqual([{ json: details({ sku: 'TS 1' }), pairedItem: { item: 0 } }]);
	});

	test.each([
		[updatePrice('={{ "" }}', 10), 'SKU is empty'],
		[updatePrice('TS-1', '={{ "" }}'), 'Price is empty'],
		[updatePrice('TS-1', '={{ "ten" }}'), 'Price: "ten" is not a number of at least 0'],
	])('%#: bad input sends nothing', async (parameters, message) => {
		await expectNotSent(parameters, message);
	});
});
