/**
 * Brand → Get Many, Get, Create, Update and Delete, and the brand picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectNotSent, expectRefused, invalidFields, listPicker, notFound, pageWithLinks, requestedPaths } from '../helpers/fixtures';

const fromList = listPicker('Zara');

const zara = {
	id: 1473353380,
	name: 'Zara',
	description: 'Zara',
	banner: 'https://i.ibb.co/banner.webp',
	logo: 'https://i.ibb.co/logo.webp',
	ar_char: 'ز',
	en_char: 'z',
	metadata: { title: 'Zara brand', description: 'Brand awareness seo', url: 'zara/item' },
};

const brands = (first: number, count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: first + index, name: `Brand ${first + index}` }));

const page = pageWithLinks([]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Brand → Get Many', () => {
	test('Return All walks every page; Name Contains reaches the query string', async () => {
		salla('get', '/brands?keyword=Za&page=1&per_page=60', 200, page(brands(1, 60), 1, 2));
		salla('get', '/brands?keyword=Za&page=2&per_page=60', 200, page(brands(61, 1), 2, 2));

		const { items, error } = await runSalla({ resource: 'brand', operation: 'getAll', returnAll: true, filters: { keyword: 'Za' } });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/brands?keyword=Za&page=1&per_page=60',
			'GET /admin/v2/brands?keyword=Za&page=2&per_page=60',
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toHaveLength(61);
		expect(items[60]).toEqual({ json: { id: 61, name: 'Brand 61' }, pairedItem: { item: 0 } });
	});

	test('Limit asks for just that many', async () => {
		salla('get', '/brands?page=1&per_page=2', 200, page(brands(1, 2), 1, 5));
		const { items } = await runSalla({ resource: 'brand', operation: 'getAll', returnAll: false, limit: 2 });
		expect(requestedPaths()).toEqual(['GET /admin/v2/brands?page=1&per_page=2']);
		expect(items.map((item) => item.json)).toEqual(brands(1, 2));
	});
});

describe('Brand → Get', () => {
	test('sends GET to the brand and outputs it', async () => {
		salla('get', '/brands/1473353380', 200, { status: 200, success: true, data: zara });
		const { items, error } = await runSalla({ resource: 'brand', operation: 'get', brand: fromList('1473353380') });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/brands/1473353380']);
		expect(items).toEqual([{ json: zara, pairedItem: { item: 0 } }]);
	});

	test('a missing brand is a clear 404', async () => {
		salla('get', '/brands/9', 404, notFound);
		const { error } = await runSalla({ resource: 'brand', operation: 'get', brand: byId('9') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('Brand → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({
		resource: 'brand',
		operation: 'create',
		name: 'Zara',
		logo: 'https://cdn.example.com/brands/zara.png',
		...parameters,
	});

	test('name and logo URL are sent as JSON and the created brand is output', async () => {
		salla('post', '/brands', 201, { status: 201, success: true, data: zara });

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/brands');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ name: 'Zara', logo: 'https://cdn.example.com/brands/zara.png' });
		expect(items).toEqual([{ json: zara, pairedItem: { item: 0 } }]);
	});

	test('additional fields are sent in Salla\'s words', async () => {
		salla('post', '/brands', 201, { status: 201, success: true, data: zara });
		await runSalla(
			create({
				additionalFields: {
					banner: ' https://cdn.example.com/brands/zara-banner.jpg ',
					description: 'Spanish fashion',
					metadata_title: 'Zara',
					metadata_description: 'Zara in our store',
					metadata_url: 'zara',
				},
			}),
		);
		expect(received[0].body).toEqual({
			name: 'Zara',
			logo: 'https://cdn.example.com/brands/zara.png',
			banner: 'https://cdn.example.com/brands/zara-banner.jpg',
			description: 'Spanish fashion',
			metadata_title: 'Zara',
			metadata_description: 'Zara in our store',
			metadata_url: 'zara',
		});
	});

	test.each([
		['an empty name from an expression', { name: '={{ "" }}' }, 'Name is empty'],
		['an empty logo', { logo: '={{ " " }}' }, 'Logo URL is empty'],
		['a logo that is not a web address', { logo: 'zara.png' }, 'Logo URL: "zara.png" is not a web address'],
		['a banner that is not a web address', { additionalFields: { banner: 'javascript:alert(1)' } }, 'Banner URL: "javascript:alert(1)" is not a web address'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectRefused(create(parameters), message);
	});

	test('Salla\'s 422 (Arabic included) lists the fields it rejected', async () => {
		salla('post', '/brands', 422, invalidFields({ name: ['حقل اسم الماركة مطلوب.'] }));
		const { error } = await runSalla(create());
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe('Salla rejected the data (422): name: حقل اسم الماركة مطلوب.');
	});
});

describe('Brand → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({
		resource: 'brand',
		operation: 'update',
		brand: byId('883017162'),
		...parameters,
	});

	test('sends only what is set: a new logo alone', async () => {
		salla('put', '/brands/883017162', 201, { success: true, status: 200, data: { ...zara, id: 883017162 } });

		const { items, error } = await runSalla(update({ updateFields: { logo: 'https://cdn.example.com/new.png' } }));

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/brands/883017162');
		expect(received[0].body).toEqual({ logo: 'https://cdn.example.com/new.png' });
		expect(items).toEqual([{ json: { ...zara, id: 883017162 }, pairedItem: { item: 0 } }]);
	});

	test('a name and an SEO title together', async () => {
		salla('put', '/brands/883017162', 200, { success: true, status: 200, data: zara });
		await runSalla(update({ updateFields: { name: 'Burberry', metadata_title: 'Burberry' } }));
		expect(received[0].body).toEqual({ name: 'Burberry', metadata_title: 'Burberry' });
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['only blank fields', { updateFields: { name: '', description: ' ' } }, 'Nothing to update'],
		['a brand ID that is not a number', { brand: byId('={{ "zara" }}'), updateFields: { name: 'x' } }, 'Brand: "zara" is not a brand ID'],
		['a logo that is not a web address', { updateFields: { logo: 'logo' } }, 'Logo URL: "logo" is not a web address'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});
});

describe('Brand → Delete', () => {
	test('Salla\'s 202 is a success; the output says which brand was deleted', async () => {
		salla('delete', '/brands/1473353380', 202, {
			status: 202,
			success: true,
			data: { message: 'The Object has been removed successfully', code: 202 },
		});

		const { items, error } = await runSalla({ resource: 'brand', operation: 'delete', brand: byId('1473353380') });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/brands/1473353380']);
		expect(items).toEqual([
			{ json: { id: 1473353380, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('a missing brand is a clear 404', async () => {
		salla('delete', '/brands/5', 404, notFound);
		const { error } = await runSalla({ resource: 'brand', operation: 'delete', brand: byId('5') });
		expect(error?.httpCode).toBe('404');
	});
});

describe('Brand picker', () => {
	test('searches Salla by keyword', async () => {
		salla('get', '/brands?page=1&per_page=60&keyword=za', 200, page([zara], 1, 1));
		const { result } = await callMethod('listSearch', 'searchBrands', { resource: 'brand', operation: 'get' }, ['za']);
		expect(received[0].path).toBe('/admin/v2/brands?page=1&per_page=60&keyword=za');
		expect(result).toEqual({ results: [{ name: 'Zara', value: '1473353380', url: undefined }], paginationToken: undefined });
	});
});
