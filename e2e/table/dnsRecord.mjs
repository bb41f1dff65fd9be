// DNS Record (/dns-records): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, removed } from '../../harness/salla-answers.mjs';

// List DNS Records' example, by the names a merchant would use
const SHOP = { id: 1773697839, type: 'A', name: 'shop', content: '192.1.1.1' };
const BLOG = { id: 998677032, type: 'CNAME', name: 'blog', content: 'blog.yourwebsite.com' };
const MAIL = { id: 358857001, type: 'MX', name: 'mail', content: 'mail.example.com', priority: 1 };

// Get Many and the picker read the list; the page documents no pagination: an answer without one is the whole list
const ALL = [SHOP, BLOG, MAIL];
const RECORDS = { request: firstPage('/dns-records'), answer: ok(ALL) };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'mail', type: 'MX', value: 'mail.example.com', priority: 1 },
		request: { method: 'POST', path: '/dns-records', body: { type: 'MX', name: 'mail', value: 'mail.example.com', priority: 1 } },
		answer: ok(MAIL),
		output: [MAIL],
	},
	{
		// a CNAME goes without Priority, and as "CNAME" (the page's enum writes "CNAME ")
		operation: 'create',
		parameters: { name: 'blog', type: 'CNAME', value: 'blog.yourwebsite.com' },
		request: { method: 'POST', path: '/dns-records', body: { type: 'CNAME', name: 'blog', value: 'blog.yourwebsite.com' } },
		answer: ok(BLOG),
		output: [BLOG],
	},
	{
		operation: 'delete',
		parameters: { dnsRecord: byId(SHOP.id) },
		request: { method: 'DELETE', path: `/dns-records/${SHOP.id}` },
		answer: removed('تم حذف السجل بنجاح'),
		output: [{ id: SHOP.id, deleted: true, message: 'تم حذف السجل بنجاح' }],
	},
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		...RECORDS,
		output: ALL,
	},
];

export const pickers = [
	{
		method: 'searchDnsRecords',
		parameters: { resource: 'dnsRecord', operation: 'delete' },
		path: 'dnsRecord',
		filter: 'blog',
		...RECORDS,
		results: [{ name: 'CNAME blog → blog.yourwebsite.com', value: String(BLOG.id) }],
	},
];
