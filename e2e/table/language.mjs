// Language (/languages): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { firstPage, ok, page, readsPage } from '../../harness/salla-answers.mjs';

// List Languages' example
const flag = (code) => `https://assets.salla.sa/images/flags/${code}.svg`;
const ARABIC = { id: 1, name: 'العربية', status: 'enabled', rtl: true, flag: flag('ar'), iso_code: 'ar', country_code: 'sa', sort_order: 0 };
const ENGLISH = { id: 2, name: 'English', status: 'disabled', rtl: false, flag: flag('en'), iso_code: 'en', country_code: 'gb', sort_order: 0 };
const FRENCH = { id: 13, name: 'français', status: 'enabled', rtl: false, flag: flag('fr'), iso_code: 'fr', country_code: 'fr', sort_order: 1 };
const FINNISH = { id: 12, name: 'suomen kieli', status: 'enabled', rtl: false, flag: flag('fi'), iso_code: 'fi', country_code: 'fi', sort_order: 9 };

const byCode = (value) => ({ __rl: true, mode: 'code', value });

export const operations = [
	{
		operation: 'add',
		// the page's schema types sort_order as text; a language without a position goes without one
		parameters: { locales: { locale: [{ iso_code: 'fr', sort_order: 1 }, { iso_code: 'fi', sort_order: '' }] } },
		request: { method: 'POST', path: '/languages', body: { locales: [{ iso_code: 'fr', sort_order: '1' }, { iso_code: 'fi' }] } },
		answer: ok([FRENCH, FINNISH]),
		output: [FRENCH, FINNISH],
	},
	readsPage('getAll', { returnAll: true }, firstPage('/languages'), [ARABIC, ENGLISH, FRENCH]),
	{
		operation: 'update',
		// Update's schema types sort_order as a number, and status as true/false
		parameters: { language: byCode('fr'), updateFields: { status: 'enabled', sort_order: 1 } },
		request: { method: 'PUT', path: '/languages/fr', body: { status: true, sort_order: 1 } },
		answer: ok([FRENCH]),
		output: [FRENCH],
	},
];

export const pickers = [
	{
		method: 'searchLanguages',
		parameters: { resource: 'language', operation: 'update' },
		path: 'language',
		filter: 'EN',
		request: firstPage('/languages'),
		answer: page([ARABIC, ENGLISH, FRENCH]),
		results: [{ name: 'English (en) · disabled', value: 'en' }],
	},
];
