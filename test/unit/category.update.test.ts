/**
 * Category → Get, Update and Delete (the category in the URL), and the category picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, listPicker, notFound, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('Shoes');

const laptops = { id: 1390018242, name: 'laptops', parent_id: 0, status: 'active', sub_categories: [] };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Category → Get', () => {
	const get = (category: object) => ({ resource: 'category', operation: 'get', category });

	test('sends GET to the category and outputs it', async () => {
		salla('get', '/categories/1390018242', 200, { status: 200, success: true, data: laptops });

		const { items, error } = await runSalla(get(fromList('1390018242')));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/categories/1390018242']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: laptops, pairedItem: { item: 0 } }]);
	});

	test('a category ID that is not a number sends nothing', async () => {
		await expectNotSent(get(byId('={{ "laptops" }}')), 'Category: "laptops" is not a category ID');
	});

	test('a missing category is a clear 404', async () => {
		salla('get', '/categories/404', 404, notFound);
		const { error } = await runSalla(get(byId('404')));
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Category → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({
		resource: 'category',
		operation: 'update',
		category: byId('1390018242'),
		...parameters,
	});

	test('sends only what is set: a new name alone', async () => {
		salla('put', '/categories/1390018242', 201, { status: 201, success: true, data: { ...laptops, name: 'Laptops' } });

		const { items, error } = await runSalla(update({ updateFields: { name: ' Laptops ' } }));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/categories/1390018242');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ name: 'Laptops' });
		expect(items).toEqual([{ json: { ...laptops, name: 'Laptops' }, pairedItem: { item: 0 } }]);
	});

	test('a new parent alone moves the category', async () => {
		salla('put', '/categories/55', 201, { status: 201, success: true, data: { id: 55 } });
		await runSalla(update({ category: fromList('55'), parent_id: fromList('1390018242') }));
		expect(received[0].body).toEqual({ parent_id: 1390018242 });
	});

	test('several fields are sent together', async () => {
		salla('put', '/categories/1390018242', 201, { status: 201, success: true, data: laptops });
		await runSalla(update({ updateFields: { status: 'hidden', sort_order: 0, metadata_url: 'laptops', image: 'https://cdn.example.com/l.png' } }));
		expect(received[0].body).toEqual({ status: 'hidden', sort_order: 0, metadata_url: 'laptops', image: 'https://cdn.example.com/l.png' });
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['only blank fields', { updateFields: { name: ' ', image: '' } }, 'Nothing to update'],
		['an empty category', { category: byId('={{ $json.missing }}'), updateFields: { name: 'x' } }, 'Category is empty'],
		['an image that is not a web address', { updateFields: { image: 'ftp://cdn.example.com/a.png' } }, 'Image URL: "ftp://cdn.example.com/a.png" is not a web address'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('a missing category is a clear 404', async () => {
		salla('put', '/categories/999', 404, notFound);
		const { error } = await runSalla(update({ category: byId('999'), updateFields: { name: 'x' } }));
		expect(error?.httpCode).toBe('404');
		expect(error?.description).toContain('Check the ID');
	});
});

describe('Category → Delete', () => {
	test('sends DELETE and says which category was deleted', async () => {
		salla('delete', '/categories/1390018242', 200, {
			status: 202,
			success: true,
			data: { message: 'The Object has been removed successfully', code: 202 },
		});

		const { items, error } = await runSalla({ resource: 'category', operation: 'delete', category: fromList('1390018242') });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/categories/1390018242']);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([
			{
				json: { id: 1390018242, deleted: true, message: 'The Object has been removed successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});
});

describe('Category picker', () => {
	test('searches Salla by keyword and offers the next page', async () => {
		salla('get', '/categories?page=1&per_page=60&keyword=lap', 200, {
			status: 200,
			success: true,
			data: [laptops],
			pagination: { count: 1, total: 61, perPage: 60, currentPage: 1, totalPages: 2, links: {} },
		});

		const { result } = await callMethod('listSearch', 'searchCategories', { resource: 'category', operation: 'get' }, ['lap']);

		expect(received[0].path).toBe('/admin/v2/categories?page=1&per_page=60&keyword=lap');
		expect(result).toEqual({ results: [{ name: 'laptops', value: '1390018242', url: undefined }], paginationToken: '2' });
	});
});
