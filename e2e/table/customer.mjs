// Customer (/customers): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const AHMED = { id: 447121768, first_name: 'Ahmed', last_name: 'Ali', mobile: 555123456, mobile_code: '+966', email: 'ahmed@example.com' };
// a customers sheet laid out like Salla's export, in UTF-8 (Arabic names: more bytes than characters)
const SHEET = 'first_name,last_name,mobile_code,mobile,email\nسارة,أحمد,+966,512345678,sara@example.com\n';
const SHEET_BYTES = Buffer.byteLength(SHEET);

export const operations = [
	{
		operation: 'ban',
		parameters: { customer: byId(AHMED.id), reason: 'Fraudulent orders' },
		request: { method: 'PUT', path: `/customers/blacklist/${AHMED.id}`, body: { reason: 'Fraudulent orders' } },
		answer: ok({ message: 'The customer has been banned', code: 200 }),
		output: [{ id: AHMED.id, banned: true, reason: 'Fraudulent orders', message: 'The customer has been banned' }],
	},
	{
		operation: 'create',
		parameters: { first_name: 'Ahmed', last_name: 'Ali', mobile_code_country: '+966', mobile: '555123456', additionalFields: { email: 'ahmed@example.com' } },
		request: {
			method: 'POST',
			path: '/customers',
			body: { first_name: 'Ahmed', last_name: 'Ali', mobile_code_country: '+966', mobile: '555123456', email: 'ahmed@example.com' },
		},
		answer: ok(AHMED, 201),
		output: [AHMED],
	},
	{
		operation: 'delete',
		parameters: { customer: byId(AHMED.id) },
		request: { method: 'DELETE', path: `/customers/${AHMED.id}` },
		answer: removed(),
		output: [{ id: AHMED.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { customer: byId(AHMED.id) }, `/customers/${AHMED.id}`, AHMED),
	{
		// the file reaches Salla as the multipart part `file`, with its bytes and a spreadsheet's type
		operation: 'import',
		parameters: { binaryPropertyName: 'sheet' },
		file: { fileName: 'customers.csv', mimeType: 'text/csv', base64: Buffer.from(SHEET).toString('base64'), field: 'sheet' },
		request: { method: 'POST', path: '/customers/import', body: { file: `file customers.csv (text/csv, ${SHEET_BYTES} bytes)` } },
		answer: ok({ message: 'يتم حالياً معالجة الملف وسوف يستغرق بعض الوقت', code: 200 }),
		output: [{ file: 'customers.csv', queued: true, message: 'يتم حالياً معالجة الملف وسوف يستغرق بعض الوقت' }],
	},
	{
		operation: 'getLoyaltyPoints',
		parameters: { customer: byId(AHMED.id), limit: 1 },
		request: firstPage('/customers/loyalty/points', { customer_id: String(AHMED.id) }, 1),
		answer: page([{ id: 1, points: 900, type: 'plus' }]),
		output: [{ id: 1, points: 900, type: 'plus' }],
	},
	readsPage('getAll', { limit: 1, filters: { keyword: 'Ahmed' } }, firstPage('/customers', { keyword: 'Ahmed' }, 1), [AHMED]),
	{
		operation: 'unban',
		parameters: { customer: byId(AHMED.id) },
		request: { method: 'DELETE', path: `/customers/blacklist/${AHMED.id}` },
		answer: removed('The customer has been removed from the blacklist'),
		output: [{ id: AHMED.id, banned: false, message: 'The customer has been removed from the blacklist' }],
	},
	{
		operation: 'update',
		parameters: { customer: byId(AHMED.id), updateFields: { first_name: 'Ahmad' } },
		request: { method: 'PUT', path: `/customers/${AHMED.id}`, body: { first_name: 'Ahmad' } },
		answer: ok({ ...AHMED, first_name: 'Ahmad' }),
		output: [{ ...AHMED, first_name: 'Ahmad' }],
	},
	{
		operation: 'updateLoyaltyPoints',
		parameters: { type: 'plus', points: 900, reason: 'Valid reason text', channel_send: ['email', 'sms'], customers: [String(AHMED.id)] },
		request: {
			method: 'POST',
			path: '/customers/loyalty/points',
			body: { type: 'plus', points: 900, reason: 'Valid reason text', channel_send: ['email', 'sms'], customers: [AHMED.id] },
		},
		answer: ok({ code: 201, message: 'Loyalty points updated' }, 201),
		output: [{ type: 'plus', points: 900, customers: [AHMED.id], updated: true, message: 'Loyalty points updated' }],
	},
	{
		// Reset Points still sends Points, which Salla's schema requires; a customer picked from the list
		operation: 'updateLoyaltyPoints',
		parameters: {
			type: 'minus',
			reset_points: true,
			points: 50,
			reason: 'Yearly reset',
			channel_send: ['mobile'],
			pickedCustomers: { customer: [{ customer: byId(AHMED.id) }] },
		},
		request: {
			method: 'POST',
			path: '/customers/loyalty/points',
			body: { points: 50, reset_points: true, type: 'minus', reason: 'Yearly reset', channel_send: ['mobile'], customers: [AHMED.id] },
		},
		answer: ok({ code: 201, message: 'Loyalty points updated' }, 201),
		output: [{ type: 'minus', points: 50, customers: [AHMED.id], updated: true, message: 'Loyalty points updated' }],
	},
];

export const pickers = [
	{
		method: 'searchCustomers',
		parameters: { resource: 'customer', operation: 'get' },
		path: 'customer',
		filter: 'Ahmed',
		request: keywordSearch('/customers', 'Ahmed'),
		answer: page([AHMED]),
		results: [{ name: 'Ahmed Ali · +966555123456', value: String(AHMED.id) }],
	},
];
