// Currency (/currencies): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { ok } from '../../harness/salla-answers.mjs';

// List Currencies' and List Available Currencies' examples (trimmed)
const SAR = { name: 'ريال سعودي', code: 'SAR', symbol: 'ر.س', status: 'enabled' };
const AED = { name: 'درهم اماراتي', code: 'AED', symbol: ' د.إ', status: 'enabled' };
const USD = { name: 'دولار أمريكي', code: 'USD', symbol: '$', status: 'disabled' };
const AVAILABLE = [
	{ id: 1745409636, country_name_en: 'Saudi Arabia', country_name_ar: 'السعودية', country_code: 'SA', currency_code: 'SAR', currency_name_en: 'Riyals', currency_name_ar: 'ريال سعودي' },
	{ id: 566146469, country_name_en: 'United Arab Emirates', country_name_ar: 'الامارات', country_code: 'AE', currency_code: 'AED', currency_name_en: '', currency_name_ar: 'درهم اماراتي' },
	{ id: 1, country_name_en: 'United States', country_name_ar: 'أمريكا', country_code: 'US', currency_code: 'USD', currency_name_en: 'Dollars', currency_name_ar: 'دولار أمريكي' },
	{ id: 852895898, country_name_en: 'Ecuador', country_name_ar: 'الإكوادور', country_code: 'EC', currency_code: 'USD', currency_name_en: 'Dollars', currency_name_ar: 'دولار أمريكي' },
];

export const operations = [
	{
		operation: 'activate',
		parameters: { currencies: { currency: [{ code: 'SAR', status: true }, { code: 'USD', status: false }] } },
		request: { method: 'POST', path: '/currencies', body: { currencies: [{ code: 'SAR', status: true }, { code: 'USD', status: false }] } },
		answer: ok([SAR, AED, USD]),
		output: [SAR, AED, USD],
	},
	{
		operation: 'getAvailable',
		parameters: {},
		request: { method: 'GET', path: '/currencies/available' },
		answer: ok(AVAILABLE),
		output: AVAILABLE,
	},
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		request: { method: 'GET', path: '/currencies', query: { page: '1', per_page: '60' } },
		// the page documents no pagination: an answer without one is the whole list
		answer: ok([SAR, AED, USD]),
		output: [SAR, AED, USD],
	},
];

export const pickers = [
	{
		method: 'getAvailableCurrencies',
		parameters: { resource: 'currency', operation: 'activate', currencies: { currency: [{ code: '', status: true }] } },
		path: 'currencies.currency[0].code',
		request: { method: 'GET', path: '/currencies/available', query: { page: '1', per_page: '60' } },
		answer: ok(AVAILABLE),
		// one option per currency (USD once, with both its countries), by name; Arabic where English is empty
		results: [
			{ name: 'Dollars (USD)', value: 'USD', description: 'United States, Ecuador' },
			{ name: 'Riyals (SAR)', value: 'SAR', description: 'Saudi Arabia' },
			{ name: 'درهم اماراتي (AED)', value: 'AED', description: 'United Arab Emirates' },
		],
	},
];
