// Currency (/currencies): each operation once inside n8n; the row format is in e2e/operations.e2e.test.mjs.
import { firstPage, fixture, ok } from '../../harness/salla-answers.mjs';

// List Currencies' and List Available Currencies' examples (trimmed; test/fixtures/currency.json)
const { sar: SAR, aed: AED, usd: USD, available: AVAILABLE } = fixture('currency');

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
		request: firstPage('/currencies'),
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
		request: firstPage('/currencies/available'),
		answer: ok(AVAILABLE),
		// one option per currency (USD once, with both its countries), by name; Arabic where English is empty
		results: [
			{ name: 'Dollars (USD)', value: 'USD', description: 'United States, Ecuador' },
			{ name: 'Riyals (SAR)', value: 'SAR', description: 'Saudi Arabia' },
			{ name: 'درهم اماراتي (AED)', value: 'AED', description: 'United Arab Emirates' },
		],
	},
];
