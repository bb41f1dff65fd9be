/**
 * DNS Record → Get Many, Create and Delete, and the DNS record picker.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import {
	byId,
	expectApiError,
	expectNotSent,
	expectRefused,
	expectSallaHeaders,
	invalidFields,
	listPicker,
	notFound,
	page,
	requestedPaths,
} from '../helpers/fixtures';

const a = { id: 1773697839, type: 'A', name: 'shop', content: '192.1.1.1' };
const cname = { id: 998677032, type: 'CNAME', name: 'blog', content: 'blog.yourwebsite.com' };
const mx = { id: 358857001, type: 'MX', name: 'mail', content: 'mail.yourwebsite.com', priority: 1 };

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('DNS Record → Get Many', () => {
	test('outputs one item per record as Salla sends it', async () => {
		salla('get', '/dns-records?page=1&per_page=60', 200, { status: 200, success: true, data: [a, cname, mx] });

		const { items, error } = await runSalla({ resource: 'dnsRecord', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/dns-records?page=1&per_page=60']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([a, cname, mx].map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('Limit outputs just that many', async () => {
		salla('get', '/dns-records?page=1&per_page=2', 200, { status: 200, success: true, data: [a, cname, mx] });
		const { items } = await runSalla({ resource: 'dnsRecord', operation: 'getAll', returnAll: false, limit: 2 });
		expect(items.map((item) => item.json)).toEqual([a, cname]);
	});
});

describe('DNS Record → Create', () => {
	const create = (parameters: Record<string, unknown> = {}) => ({
		resource: 'dnsRecord',
		operation: 'create',
		type: 'A',
		name: 'shop',
		value: '192.1.1.1',
		...parameters,
	});

	test('an A record is sent as type, name and value, and the created record is output', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: a });

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['POST /admin/v2/dns-records']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toEqual({ type: 'A', name: 'shop', value: '192.1.1.1' });
		expect(items).toEqual([{ json: a, pairedItem: { item: 0 } }]);
	});

	test('an MX record carries its priority; text is trimmed', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: mx });
		await runSalla(create({ type: 'MX', name: ' mail ', value: ' mail.yourwebsite.com ', priority: 1 }));
		expect(received[0].body).toEqual({ type: 'MX', name: 'mail', value: 'mail.yourwebsite.com', priority: 1 });
	});

	test('a priority left over from MX is not sent for other types', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: cname });
		await runSalla(create({ type: 'CNAME', name: 'blog', value: 'blog.yourwebsite.com', priority: 5 }));
		expect(received[0].body).toEqual({ type: 'CNAME', name: 'blog', value: 'blog.yourwebsite.com' });
	});

	test('AAAA and TXT values from expressions', async () => {
		salla('post', '/dns-records', 200, { status: 200, success: true, data: {} });
		salla('post', '/dns-records', 200, { status: 200, success: true, data: {} });
		await runSalla(create({ type: '={{ $json.type }}', name: '@', value: '={{ $json.value }}' }), {
			items: [
				{ type: 'AAAA', value: '2001:db8::10' },
				{ type: 'TXT', value: 'google-site-verification=abc123' },
			],
		});
		expect(received.map((request) => request.body)).toEqual([
			{ type: 'AAAA', name: '@', value: '2001:db8::10' },
			{ type: 'TXT', name: '@', value: 'google-site-verification=abc123' },
		]);
	});

	test.each([
		['a type that is not offered', { type: '={{ "NS" }}' }, 'Type: "NS" is not one of the choices'],
		['an empty name', { name: '={{ "" }}' }, 'Name is empty'],
		['an empty value', { value: ' ' }, 'Value is empty'],
		['an A record without an IPv4 address', { value: 'shop.example.com' }, 'Value: "shop.example.com" is not an IPv4 address'],
		['an A record with an octet above 255', { value: '192.168.1.300' }, 'Value: "192.168.1.300" is not an IPv4 address'],
		['an AAAA record with an IPv4 address', { type: 'AAAA', value: '192.1.1.1' }, 'Value: "192.1.1.1" is not an IPv6 address'],
		['an MX record without priority', { type: 'MX', value: 'mail.example.com', priority: '={{ "" }}' }, 'Priority is empty'],
		['an MX record with a fractional priority', { type: 'MX', value: 'mail.example.com', priority: 1.5 }, 'Priority: "1.5" is not a whole number from 0 to 65535'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectRefused(create(parameters), message);
	});

	test('Salla\'s 422 lists the fields it rejected', async () => {
		salla('post', '/dns-records', 422, invalidFields({ name: ['The name has already been taken.'] }));
		const { error } = await runSalla(create());
		expectApiError(error, '422', 'Salla rejected the data (422): name: The name has already been taken.');
	});
});

describe('DNS Record → Delete', () => {
	test('sends DELETE to the record and outputs what was deleted', async () => {
		salla('delete', '/dns-records/1773697839', 200, { status: 202, success: true, data: { message: 'تم حذف السجل بنجاح', code: 202 } });

		const { items, error } = await runSalla({ resource: 'dnsRecord', operation: 'delete', dnsRecord: listPicker('A shop')('1773697839') });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/dns-records/1773697839']);
		expectSallaHeaders(received[0].headers);
		expect(items).toEqual([{ json: { id: 1773697839, deleted: true, message: 'تم حذف السجل بنجاح' }, pairedItem: { item: 0 } }]);
	});

	test('a record ID that is not a number sends nothing', async () => {
		await expectNotSent({ resource: 'dnsRecord', operation: 'delete', dnsRecord: byId('={{ "shop" }}') }, 'DNS Record: "shop" is not a DNS record ID');
	});

	test('a record that no longer exists is a clear 404', async () => {
		salla('delete', '/dns-records/5', 404, notFound);
		const { error } = await runSalla({ resource: 'dnsRecord', operation: 'delete', dnsRecord: byId('5') });
		expectApiError(error, '404', 'Salla could not find what this operation refers to (404)');
	});
});

describe('DNS record picker', () => {
	test('lists records as type, name and target, filtered here on what was typed', async () => {
		salla('get', '/dns-records?page=1&per_page=60', 200, page([a, cname, mx], 1, 1));
		const { result } = await callMethod('listSearch', 'searchDnsRecords', { resource: 'dnsRecord', operation: 'delete' }, ['blog']);
		expect(result).toEqual({ results: [{ name: 'CNAME blog → blog.yourwebsite.com', value: '998677032', url: undefined }], paginationToken: undefined });
	});
});
