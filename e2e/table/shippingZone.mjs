// Shipping Zone (/shipping/zones): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const COMPANY = 488260393;
const KUWAIT = 1939592358;
const THE_VILLA = 1592433390;
const ZONE = {
	id: 1120595191,
	zone_code: '.KW.the-villa',
	company: { id: COMPANY, slug: 'ABU HALIFA' },
	country: { id: KUWAIT, name_en: 'Kuwait' },
	city: { id: THE_VILLA, name_en: 'THE VILLA' },
	fees: { type: 'fixed', amount: 25 },
	duration: '3-5 days',
};
const zone_id = byId(ZONE.id);
const FIXED = { company: COMPANY, zone_country: KUWAIT, zone_city: THE_VILLA, duration: '3-5 days', fee_type: 'fixed', amount: 25 };

export const operations = [
	{
		operation: 'create',
		parameters: FIXED,
		request: {
			method: 'POST',
			path: '/shipping/zones',
			body: { company: COMPANY, shipping: { country: KUWAIT, city: THE_VILLA, fees: { type: 'fixed', amount: 25 }, duration: '3-5 days' } },
		},
		answer: ok(ZONE, 201),
		output: [ZONE],
	},
	{
		operation: 'delete',
		parameters: { zone_id },
		request: { method: 'DELETE', path: `/shipping/zones/${ZONE.id}` },
		answer: ok({}),
		output: [{ id: ZONE.id, deleted: true, message: null }],
	},
	readsOne('get', { zone_id }, `/shipping/zones/${ZONE.id}`, ZONE),
	readsPage('getAll', { returnAll: true, filters: { company: COMPANY } }, firstPage('/shipping/zones', { company: String(COMPANY) }), [ZONE]),
	{
		// the List page's example answers one zone as `data`, not a list
		operation: 'getAll',
		parameters: { limit: 5 },
		request: firstPage('/shipping/zones', {}, 5),
		answer: ok(ZONE),
		output: [ZONE],
	},
	{
		operation: 'update',
		parameters: {
			zone_id,
			...FIXED,
			fee_type: 'rate',
			amount: 20,
			up_to_weight: 5,
			amount_per_unit: 2,
			per_unit: 1,
			additionalFields: { cities_excluded: [257742554], cod_status: true, cod_fees: 10 },
		},
		request: {
			method: 'PUT',
			path: `/shipping/zones/${ZONE.id}`,
			body: {
				company: COMPANY,
				shipping: {
					country: KUWAIT,
					city: THE_VILLA,
					cities_excluded: [257742554],
					cash_on_delivery: { status: true, fees: 10 },
					fees: { type: 'rate', amount: 20, up_to_weight: 5, amount_per_unit: 2, per_unit: 1 },
					duration: '3-5 days',
				},
			},
		},
		answer: ok({ ...ZONE, fees: { type: 'rate', amount: 20, up_to_weight: 5, amount_per_unit: 2, per_unit: 1 } }),
		output: [{ ...ZONE, fees: { type: 'rate', amount: 20, up_to_weight: 5, amount_per_unit: 2, per_unit: 1 } }],
	},
];

export const pickers = [
	{
		method: 'searchShippingZones',
		parameters: { resource: 'shippingZone', operation: 'get' },
		path: 'zone_id',
		filter: 'kuwait',
		request: firstPage('/shipping/zones'),
		answer: page([ZONE, { id: 2, country: { id: 1473353380, name_en: 'Saudi Arabia' } }]),
		results: [{ name: 'Kuwait · THE VILLA · ABU HALIFA', value: String(ZONE.id) }],
	},
	{
		method: 'getZoneCountries',
		parameters: { resource: 'shippingZone', operation: 'create' },
		path: 'zone_country',
		request: firstPage('/countries'),
		answer: page([{ id: KUWAIT, name: 'الكويت', name_en: 'Kuwait', code: 'KW' }]),
		results: [
			{ name: 'All Countries', value: -1 },
			{ name: 'Kuwait', value: KUWAIT, description: 'KW' },
		],
	},
	{
		method: 'getZoneCitiesOrAll',
		parameters: { resource: 'shippingZone', operation: 'create', zone_country: KUWAIT },
		path: 'zone_city',
		request: firstPage(`/countries/${KUWAIT}/cities`),
		answer: page([{ id: THE_VILLA, name: 'THE VILLA' }]),
		results: [
			{ name: 'All Cities', value: -1 },
			{ name: 'THE VILLA', value: THE_VILLA },
		],
	},
	{
		method: 'getZoneCities',
		parameters: { resource: 'shippingZone', operation: 'update', zone_country: KUWAIT, additionalFields: {} },
		path: 'additionalFields.cities_excluded',
		request: firstPage(`/countries/${KUWAIT}/cities`),
		answer: page([{ id: 257742554, name: 'Salmiya' }]),
		results: [{ name: 'Salmiya', value: 257742554 }],
	},
];
