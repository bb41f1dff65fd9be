// Shipping Company (/shipping/companies): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

// two of Salla's shipping companies, which the branch allocation and shipping route tables use too
const { aramex: ARAMEX, smsa: SMSA } = fixture('shippingCompany');
const CUSTOM = { id: 976721503, name: 'Riyadh Express', slug: 'riyadh-express', activation_type: 'manual' };
const company_id = byId(CUSTOM.id);
const { saudiArabia: SAUDI_ARABIA, riyadh: RIYADH } = fixture('places');
const LABEL_OPTIONS = [
	{ name: 'boxes', label: 'Number of boxes', type: 'number', required: true, options: [] },
	{ name: 'service', label: 'Service', type: 'select', required: false, options: [{ label: 'Express', value: 'express' }] },
];
const RATES = [
	{ company_id: ARAMEX.id, name: 'Aramex', price: 25, currency: 'SAR', duration: '2-3 days' },
	{ company_id: SMSA.id, name: 'SMSA', price: 22, currency: 'SAR', duration: '3-5 days' },
];

export const operations = [
	{
		operation: 'create',
		parameters: { name: 'Riyadh Express' },
		request: { method: 'POST', path: '/shipping/companies', body: { name: 'Riyadh Express' } },
		answer: ok(CUSTOM, 201),
		output: [CUSTOM],
	},
	{
		operation: 'delete',
		parameters: { company_id },
		request: { method: 'DELETE', path: `/shipping/companies/${CUSTOM.id}` },
		answer: removed(),
		output: [{ id: CUSTOM.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { company_id: byId(ARAMEX.id) }, `/shipping/companies/${ARAMEX.id}`, ARAMEX),
	readsPage('getAll', { limit: 1 }, firstPage('/shipping/companies', {}, 1), [ARAMEX]),
	{
		operation: 'getAll',
		parameters: { returnAll: true },
		calls: [
			{ request: firstPage('/shipping/companies'), answer: page([ARAMEX], { totalPages: 2, total: 2 }) },
			{ request: { method: 'GET', path: '/shipping/companies', query: { page: '2', per_page: '60' } }, answer: page([SMSA], { currentPage: 2, totalPages: 2, total: 2 }) },
		],
		output: [ARAMEX, SMSA],
	},
	{
		operation: 'getOptions',
		parameters: { company_id: byId(ARAMEX.id) },
		request: { method: 'GET', path: `/shipping/companies/${ARAMEX.id}/options` },
		answer: ok(LABEL_OPTIONS),
		output: LABEL_OPTIONS,
	},
	{
		operation: 'getRates',
		parameters: { rate_country_id: SAUDI_ARABIA, rate_city_id: RIYADH, rateOptions: { postal_code: '12214' } },
		request: {
			method: 'GET',
			path: '/shipping/companies/estimate-rate',
			query: { country_id: String(SAUDI_ARABIA), city_id: String(RIYADH), postal_code: '12214' },
		},
		answer: ok(RATES),
		output: RATES,
	},
	{
		operation: 'update',
		parameters: { company_id, new_name: 'Riyadh Express Plus' },
		request: { method: 'PUT', path: `/shipping/companies/${CUSTOM.id}`, body: { name: 'Riyadh Express Plus' } },
		answer: ok({ ...CUSTOM, name: 'Riyadh Express Plus' }),
		output: [{ ...CUSTOM, name: 'Riyadh Express Plus' }],
	},
];

// Order's list search and Shipment's dropdown read the same page of companies
const COMPANIES = { request: firstPage('/shipping/companies'), answer: page([ARAMEX]) };

export const pickers = [
	{
		method: 'searchShippingCompanies',
		parameters: { resource: 'order', operation: 'create', delivery_method: 'shipping' },
		path: 'courier_id',
		...COMPANIES,
		results: [{ name: 'Aramex', value: String(ARAMEX.id) }],
	},
	{
		method: 'getShippingCompanies',
		parameters: { resource: 'shipment', operation: 'create' },
		path: 'courier_id',
		...COMPANIES,
		results: [{ name: 'Aramex', value: ARAMEX.id }],
	},
	{
		method: 'getRateCities',
		parameters: { resource: 'shippingCompany', operation: 'getRates', rate_country_id: SAUDI_ARABIA },
		path: 'rate_city_id',
		request: firstPage(`/countries/${SAUDI_ARABIA}/cities`),
		answer: page([{ id: RIYADH, name: 'Riyadh' }]),
		results: [{ name: 'Riyadh', value: RIYADH }],
	},
];
