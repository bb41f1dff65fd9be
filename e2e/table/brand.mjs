// Brand (/brands): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, ok, page, readsOne, removed } from '../../harness/salla-answers.mjs';

const ZARA = { id: 814202285, name: 'Zara', logo: 'https://cdn.example.com/brands/zara.png' };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Zara', logo: ZARA.logo, additionalFields: { description: 'Spanish fashion' } },
		request: { method: 'POST', path: '/brands', body: { name: 'Zara', logo: ZARA.logo, description: 'Spanish fashion' } },
		answer: ok(ZARA, 201),
		output: [ZARA],
	},
	{
		operation: 'delete',
		parameters: { brand: byId(ZARA.id) },
		request: { method: 'DELETE', path: `/brands/${ZARA.id}` },
		answer: removed(),
		output: [{ id: ZARA.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { brand: byId(ZARA.id) }, `/brands/${ZARA.id}`, ZARA),
	{
		operation: 'getAll',
		parameters: { limit: 2, filters: { keyword: 'Za' } },
		request: firstPage('/brands', { keyword: 'Za' }, 2),
		answer: page([ZARA, { id: 2, name: 'Zain' }]),
		output: [ZARA, { id: 2, name: 'Zain' }],
	},
	{
		operation: 'update',
		parameters: { brand: byId(ZARA.id), updateFields: { name: 'Zara Home' } },
		request: { method: 'PUT', path: `/brands/${ZARA.id}`, body: { name: 'Zara Home' } },
		answer: ok({ ...ZARA, name: 'Zara Home' }),
		output: [{ ...ZARA, name: 'Zara Home' }],
	},
];

export const pickers = [
	{
		method: 'searchBrands',
		parameters: { resource: 'brand', operation: 'get' },
		path: 'brand',
		filter: 'Za',
		request: keywordSearch('/brands', 'Za'),
		answer: page([ZARA]),
		results: [{ name: 'Zara', value: String(ZARA.id) }],
	},
	{
		method: 'getBrands',
		parameters: { resource: 'product', operation: 'create', additionalFields: {} },
		path: 'additionalFields.brand_id',
		request: firstPage('/brands'),
		answer: page([ZARA]),
		results: [{ name: 'Zara', value: ZARA.id }],
	},
];
