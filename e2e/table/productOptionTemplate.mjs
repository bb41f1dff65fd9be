// Product Option Template (/products/options/templates): each operation once inside n8n; row format:
// e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsPage, removed } from '../../harness/salla-answers.mjs';

const DARK_RED = { id: 566146470, name: 'Dark red', display_value: '#8B0000', is_default: false };
const NAVY = { id: 566146471, name: 'Navy', display_value: '#000080', is_default: false };
const COLOUR = { id: 956236464, name: 'Colour', type: 'radio', display_type: 'color', translations: { en: { name: 'Colour' } }, details: [DARK_RED] };
const MATERIAL = { id: 956236465, name: 'Material', type: 'checkbox', display_type: 'text', translations: { en: { name: 'Material' } }, details: [] };

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Colour', type: 'radio', details: { value: [{ name: 'Dark red', display_value: '#8B0000' }] } },
		request: {
			method: 'POST',
			path: '/products/options/templates',
			body: { name: 'Colour', type: 'radio', details: [{ name: 'Dark red', display_value: '#8B0000', is_default: false }] },
		},
		// Salla's page answers Create with a list of one template
		answer: ok([COLOUR], 201),
		output: [COLOUR],
	},
	{
		operation: 'delete',
		parameters: { template: byId(COLOUR.id) },
		request: { method: 'DELETE', path: `/products/options/templates/${COLOUR.id}` },
		answer: removed('Option Template deleted successfully'),
		output: [{ id: COLOUR.id, deleted: true, message: 'Option Template deleted successfully' }],
	},
	{
		operation: 'get',
		parameters: { template: byId(COLOUR.id) },
		request: { method: 'GET', path: `/products/options/templates/${COLOUR.id}`, query: { with: 'details' } },
		answer: ok(COLOUR),
		output: [COLOUR],
	},
	readsPage('getAll', { returnAll: true }, firstPage('/products/options/templates', { with: 'details' }), [COLOUR, MATERIAL]),
	{
		operation: 'update',
		parameters: { template: byId(COLOUR.id), details: { value: [{ name: 'Navy' }] } },
		request: { method: 'PUT', path: `/products/options/templates/${COLOUR.id}`, body: { details: [{ name: 'Navy', is_default: false }] } },
		answer: ok({ ...COLOUR, details: [NAVY] }),
		output: [{ ...COLOUR, details: [NAVY] }],
	},
];

export const pickers = [
	{
		method: 'searchOptionTemplates',
		parameters: { resource: 'productOptionTemplate', operation: 'get' },
		path: 'template',
		filter: 'col',
		// Salla's list has no keyword: the picker filters each page by name
		request: firstPage('/products/options/templates'),
		answer: page([COLOUR, MATERIAL]),
		results: [{ name: 'Colour', value: String(COLOUR.id) }],
	},
];
