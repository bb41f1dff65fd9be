/**
 * Product Option Template → Create, Get, Get Many, Update, Delete, and the template picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent, requestedPaths } from '../helpers/fixtures';

const colour = {
	id: 956236464,
	name: 'Colour',
	type: 'radio',
	display_type: 'color',
	translations: { en: { name: 'Colour' } },
	details: [{ id: 1378987453, name: 'Dark red', display_value: '#8B0000', is_default: false }],
};
const values = { value: [{ name: 'Dark red', display_value: '#8B0000', is_default: true }, { name: 'Navy' }] };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product Option Template → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({ resource: 'productOptionTemplate', operation: 'create', name: 'Colour', type: 'radio', details: values, ...parameters });

	test('name, type, display type, English name and values; Salla\'s answer as output', async () => {
		salla('post', '/products/options/templates', 200, { status: 201, success: true, data: [colour] });

		const { items, error } = await runSalla(create({ additionalFields: { display_type: 'color', nameEnglish: 'Colour' } }));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/products/options/templates']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({
			name: 'Colour',
			type: 'radio',
			display_type: 'color',
			translations: { en: { name: 'Colour' } },
			details: [
				{ name: 'Dark red', display_value: '#8B0000', is_default: true },
				{ name: 'Navy', is_default: false },
			],
		});
		expect(items).toEqual([{ json: colour, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no values', create({ details: {} }), 'Values is empty'],
		['a value without a name', create({ details: { value: [{ display_value: '#fff' }] } }), 'Values (1): Name is empty'],
		['a type Salla does not know', create({ type: '={{ "textarea" }}' }), 'Type: "textarea" is not one of the choices'],
		['an empty name', create({ name: '={{ "" }}' }), 'Name is empty'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectNotSent(parameters, message));
});

describe('Product Option Template → Get, Get Many, Update, Delete', () => {
	test('Get asks for the values (with=details) by default', async () => {
		salla('get', '/products/options/templates/956236464?with=details', 200, { status: 200, success: true, data: colour });
		const { items } = await runSalla({ resource: 'productOptionTemplate', operation: 'get', template: byId('956236464') });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/options/templates/956236464?with=details']);
		expect(items).toEqual([{ json: colour, pairedItem: { item: 0 } }]);
	});

	test('Get Many without values, every page', async () => {
		salla('get', '/products/options/templates?page=1&per_page=60', 200, { data: [colour], pagination: { currentPage: 1, totalPages: 2 } });
		salla('get', '/products/options/templates?page=2&per_page=60', 200, { data: [{ id: 2, name: 'Size' }], pagination: { currentPage: 2, totalPages: 2 } });
		const { items } = await runSalla({ resource: 'productOptionTemplate', operation: 'getAll', returnAll: true, withDetails: false });
		expect(requestedPaths()).toEqual(['GET /admin/v2/products/options/templates?page=1&per_page=60', 'GET /admin/v2/products/options/templates?page=2&per_page=60']);
		expect(items.map(({ json }) => json.id)).toEqual([956236464, 2]);
	});

	test('Update sends the values and what is set', async () => {
		salla('put', '/products/options/templates/956236464', 200, { status: 200, success: true, data: { id: 956236464, name: 'Colours' } });
		const { items } = await runSalla({ resource: 'productOptionTemplate', operation: 'update', template: byId('956236464'), details: { value: [{ name: 'Navy' }] }, updateFields: { name: 'Colours' } });
		expect(requestedPaths()).toEqual(['PUT /admin/v2/products/options/templates/956236464']);
		expect(received[0].body).toEqual({ name: 'Colours', details: [{ name: 'Navy', is_default: false }] });
		expect(items).toEqual([{ json: { id: 956236464, name: 'Colours' }, pairedItem: { item: 0 } }]);
	});

	test('Update without values sends nothing', async () => {
		const { error } = await runSalla({ resource: 'productOptionTemplate', operation: 'update', template: byId('956236464'), updateFields: { name: 'x' } });
		expect(error?.message).toBe('Values is empty');
		expect(received).toEqual([]);
	});

	test('Delete says what was deleted', async () => {
		salla('delete', '/products/options/templates/956236464', 202, { status: 202, success: true, data: { message: 'Deleted', code: 202 } });
		const { items } = await runSalla({ resource: 'productOptionTemplate', operation: 'delete', template: byId('956236464') });
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/products/options/templates/956236464']);
		expect(items).toEqual([{ json: { id: 956236464, deleted: true, message: 'Deleted' }, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 is a NodeApiError', async () => {
		salla('get', '/products/options/templates/1?with=details', 404, { status: 404, success: false, error: { code: 'error', message: 'Not found' } });
		const { error } = await runSalla({ resource: 'productOptionTemplate', operation: 'get', template: byId('1') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});

	test('the template picker lists templates by name', async () => {
		salla('get', '/products/options/templates?page=1&per_page=60', 200, { data: [colour, { id: 2, name: 'Size' }], pagination: { currentPage: 1, totalPages: 1 } });
		const { result } = await callMethod('listSearch', 'searchOptionTemplates', { resource: 'productOptionTemplate', operation: 'get' }, ['col']);
		expect(result).toEqual({ results: [{ name: 'Colour', value: '956236464', url: undefined }], paginationToken: undefined });
	});
});
