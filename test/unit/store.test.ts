/**
 * Store → Get Info and Employee → Get Many: the exact request and the output items.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const info = {
	id: 1305146709,
	name: 'dev-wofftr4xsra5xtlv',
	entity: 'company',
	email: 'salama@salla.sa',
	plan: 'pro',
	type: 'demo',
	status: 'active',
	verified: false,
	currency: 'SAR',
	domain: 'https://salla.sa/dev-wofftr4xsra5xtlv',
	licenses: { tax_number: '65464645654', commercial_number: '8765282634' },
	social: { twitter: 'https://twitter.com/SallaApp' },
};
const employees = [
	{ id: 282459793, name: 'User Name1', mobile: '777654321', mobile_code: '+967', email: 'user1@test.sa', role: 'team', status: 'suspended' },
	{ id: 1697216187, name: 'User Name3', mobile: '777654321', mobile_code: '+967', email: 'user3@test.sa', role: 'user', status: 'active' },
];
const page = (data: object[], currentPage: number, totalPages: number) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: 0, perPage: 60, currentPage, totalPages, links: [] },
});

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Store → Get Info', () => {
	test('sends GET /store/info and outputs the store', async () => {
		salla('get', '/store/info', 200, { status: 200, success: true, data: info });
		const { items, error } = await runSalla({ resource: 'store', operation: 'getInfo' });
		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([['GET', '/admin/v2/store/info', undefined]]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: info, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 403 is mapped', async () => {
		salla('get', '/store/info', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Forbidden' } });
		const { error } = await runSalla({ resource: 'store', operation: 'getInfo' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla refused this operation (403)');
	});
});

describe('Employee → Get Many', () => {
	test('Return All walks the pages of /users, one item per employee', async () => {
		salla('get', '/users?page=1&per_page=60', 200, page(employees.slice(0, 1), 1, 2));
		salla('get', '/users?page=2&per_page=60', 200, page(employees.slice(1), 2, 2));
		const { items, error } = await runSalla({ resource: 'employee', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /admin/v2/users?page=1&per_page=60',
			'GET /admin/v2/users?page=2&per_page=60',
		]);
		expect(items).toEqual(employees.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Limit asks for just that many; a Limit of 0 sends nothing', async () => {
		salla('get', '/users?page=1&per_page=1', 200, page(employees.slice(0, 1), 1, 2));
		const { items } = await runSalla({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1 });
		expect(items.map((item) => item.json)).toEqual(employees.slice(0, 1));

		const { error } = await runSalla({ resource: 'employee', operation: 'getAll', returnAll: false, limit: '={{ 0 }}' });
		expect(error?.message).toBe('Limit: "0" is not a number of results');
		expect(received).toHaveLength(1);
	});
});
