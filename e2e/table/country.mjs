// Country (/countries), read-only: each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { byId, firstPage, page, readsOne } from '../../harness/salla-answers.mjs';

// List Countries' example (trimmed); Salla lists about 240 countries on 4 pages of 60
const SAUDI = { id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA', mobile_code: '+966', capital: 'Riyadh' };
const UAE = { id: 566146469, name: 'الامارات', name_en: 'United Arab Emirates', code: 'AE', mobile_code: '+971', capital: 'Abu Dhabi' };
const YEMEN = { id: 349994915, name: 'اليمن', name_en: 'Yemen', code: 'YE', mobile_code: '+967', capital: 'Sanaa' };
const pages = { totalPages: 2, total: 3 };
// Get Many with Return All, and the picker, read both pages
const BOTH_PAGES = [
	{ request: firstPage('/countries'), answer: page([SAUDI, UAE], pages) },
	{ request: { method: 'GET', path: '/countries', query: { page: '2', per_page: '60' } }, answer: page([YEMEN], { ...pages, currentPage: 2 }) },
];

export const operations = [
	readsOne('get', { country: byId(SAUDI.id) }, `/countries/${SAUDI.id}`, SAUDI),
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		calls: BOTH_PAGES,
		output: [SAUDI, UAE, YEMEN],
	},
];

export const pickers = [
	{
		// Salla takes no search term: every page is read and filtered on name, code or ID
		method: 'searchCountries',
		parameters: { resource: 'city', operation: 'getAll' },
		path: 'country',
		filter: 'yem',
		calls: BOTH_PAGES,
		results: [{ name: 'Yemen (YE)', value: String(YEMEN.id) }],
	},
];
