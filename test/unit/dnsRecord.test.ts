/**
 * DNS Record → Get Many, Create (Priority only with MX) and Delete.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const records = [
	{ id: 1773697839, type: 'A', name: 'Test 1', content: '192.1.1.1' },
	{ id: 358857001, type: 'MX', name: 'Test Security', content: 'security.yourwebsite.com', priority: 1 },
];
const sent = () => received.map((request) => [request.method, request.path, request.body]);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

test('Get Many outputs one item per record (Salla\'s answer has no pagination)', async () => {
	salla('get', '/dns-records?page=1&per_page=60', 200, { status: 200, success: true, data: records });
	const { items, error } = await runSalla({ resource: 'dnsRecord', operation: 'getAll', returnAll: true });
	expect(error).toBeUndefined();
	expect(sent()).toEqual([['GET', '/admin/v2/dns-records?page=1&per_page=60', undefined]]);
	expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
	expect(items).toEqual(records.map((json) => ({ json, pairedItem: { item: 0 } })));
});

describe('DNS Record → Create', () => {
	const create = (parameters: Record<string, unknown>) => ({ resource: 'dnsRecord', operation: 'create', ...parameters });

	test('an MX record sends its priority', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: { id: 358857001, type: 'MX', name: 'blog', content: 'mail.example.com', priority: 0 } });
		const { items, error } = await runSalla(create({ type: 'MX', name: ' blog ', value: 'mail.example.com', priority: 0 }));
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', '/admin/v2/dns-records', { type: 'MX', name: 'blog', value: 'mail.example.com', priority: 0 }]]);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(items).toEqual([{ json: { id: 358857001, type: 'MX', name: 'blog', content: 'mail.example.com', priority: 0 }, pairedItem: { item: 0 } }]);
	});

	test('an A record sends no priority', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: records[0] });
		await runSalla(create({ type: 'A', name: 'shop', value: '192.0.2.10', priority: 5 }));
		expect(received[0].body).toEqual({ type: 'A', name: 'shop', value: '192.0.2.10' });
	});

	test.each([
		['an unknown type', { type: '={{ "NS" }}', name: 'a', value: 'b' }, 'Type: "NS" is not one of the choices'],
		['no name', { type: 'A', name: '={{ "" }}', value: '192.0.2.10' }, 'Name is empty'],
		['no value', { type: 'TXT', name: 'a', value: '={{ " " }}' }, 'Value is empty'],
		['an MX record without priority', { type: 'MX', name: 'a', value: 'b', priority: '={{ "" }}' }, 'Priority is empty'],
		['an MX priority that is not whole', { type: 'MX', name: 'a', value: 'b', priority: 1.5 }, 'Priority: "1.5" is not a whole number from 0 to 65535'],
	])('%s sends nothing', async (_case, parameters, message) => {
		const { error } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});

describe('DNS Record → Delete', () => {
	test('sends DELETE and says which record was deleted', async () => {
		salla('delete', '/dns-records/358857001', 200, { status: 202, success: true, data: { message: 'تم حذف السجل بنجاح', code: 202 } });
		const { items, error } = await runSalla({ resource: 'dnsRecord', operation: 'delete', dns_id: byId('358857001') });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['DELETE', '/admin/v2/dns-records/358857001', undefined]]);
		expect(items).toEqual([{ json: { id: 358857001, deleted: true, message: 'تم حذف السجل بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 404 is mapped', async () => {
		salla('delete', '/dns-records/5', 404, { status: 404, success: false, error: { code: 404, message: 'Not found' } });
		const { error } = await runSalla({ resource: 'dnsRecord', operation: 'delete', dns_id: byId('5') });
		expect(error?.httpCode).toBe('404');
	});
});
