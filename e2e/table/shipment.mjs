// Shipment (/shipments): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, ok, page, readsOne, readsPage } from '../../harness/salla-answers.mjs';

const { aramex: ARAMEX } = fixture('shippingCompany');
const SHIPMENT = { id: 362985662, type: 'shipment', order_id: 1275404514, courier_name: 'Aramex', status: 'created' };
const shipment_id = byId(SHIPMENT.id);

const TRACKING = {
	...SHIPMENT,
	status: 'in_transit',
	tracking_link: 'https://www.aramex.com/track/results?ShipmentNumber=AWB-1001',
	history: [
		{ status: 'in_transit', note: 'Left the Riyadh hub', created_at: '2024-03-02 10:15:00' },
		{ status: 'created', note: null, created_at: '2024-03-01 16:40:00' },
	],
};
const RIYADH = { country_id: 1473353380, city_id: 1939592358 };

export const operations = [
	{
		operation: 'cancel',
		parameters: { shipment_id },
		request: { method: 'POST', path: `/shipments/${SHIPMENT.id}/cancel` },
		answer: ok({ ...SHIPMENT, status: 'cancelled' }),
		output: [{ ...SHIPMENT, status: 'cancelled' }],
	},
	{
		operation: 'create',
		parameters: {
			courier_id: ARAMEX.id,
			shipment_type: 'return',
			shipment_id,
			payment_method: 'pre_paid',
			packages: { package: [{ name: 'Dress', sku: 'DR-1', quantity: 2, price: 120, currency: 'sar', weight: 800, weight_units: 'g' }] },
			policy_options: { option: [{ name: 'boxes', value: '2' }, { name: 'delivery_note', value: 'Call before arriving' }] },
		},
		request: {
			method: 'POST',
			path: '/shipments',
			body: {
				courier_id: ARAMEX.id,
				shipment_type: 'return',
				shipment_id: SHIPMENT.id,
				payment_method: 'pre_paid',
				packages: [{ name: 'Dress', sku: 'DR-1', quantity: 2, price: { amount: 120, currency: 'SAR' }, weight: { value: 800, units: 'g' } }],
				policy_options: { boxes: '2', delivery_note: 'Call before arriving' },
			},
		},
		answer: ok({ ...SHIPMENT, type: 'return' }, 201),
		output: [{ ...SHIPMENT, type: 'return' }],
	},
	{
		operation: 'create',
		parameters: {
			courier_id: ARAMEX.id,
			shipment_type: 'shipment',
			payment_method: 'pre_paid',
			packages: { package: [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: 25.5, currency: 'sar', weight: 5, weight_units: 'kg' }] },
		},
		request: {
			method: 'POST',
			path: '/shipments',
			body: {
				courier_id: ARAMEX.id,
				shipment_type: 'shipment',
				payment_method: 'pre_paid',
				packages: [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: { amount: 25.5, currency: 'SAR' }, weight: { value: 5, units: 'kg' } }],
			},
		},
		answer: ok(SHIPMENT, 201),
		output: [SHIPMENT],
	},
	readsOne('get', { shipment_id }, `/shipments/${SHIPMENT.id}`, SHIPMENT),
	readsPage('getAll', { limit: 1, filters: { status: 'created' } }, firstPage('/shipments', { status: 'created' }, 1), [SHIPMENT]),
	{
		operation: 'getAll',
		parameters: { returnAll: true, filters: { ship_to_country_id: RIYADH.country_id, ship_to_city_id: RIYADH.city_id, ship_from_country_code: 'sa' } },
		request: {
			method: 'GET',
			path: '/shipments',
			query: { 'ship_to[country_id]': '1473353380', 'ship_to[city_id]': '1939592358', 'ship_from[country_code]': 'SA', page: '1', per_page: '60' },
		},
		answer: page([SHIPMENT]),
		output: [SHIPMENT],
	},
	{
		operation: 'return',
		parameters: { shipment_id },
		request: { method: 'POST', path: `/shipments/${SHIPMENT.id}/return` },
		answer: ok({ ...SHIPMENT, status: 'return_in_progress' }),
		output: [{ ...SHIPMENT, status: 'return_in_progress' }],
	},
	readsOne('track', { shipment_id }, `/shipments/${SHIPMENT.id}/tracking`, TRACKING),
	{
		operation: 'update',
		parameters: { shipment_id, shipment_number: 'AWB-1001', status: 'in_transit' },
		request: { method: 'PUT', path: `/shipments/${SHIPMENT.id}`, body: { shipment_number: 'AWB-1001', status: 'in_transit' } },
		answer: ok({ ...SHIPMENT, status: 'in_transit' }),
		output: [{ ...SHIPMENT, status: 'in_transit' }],
	},
	{
		operation: 'update',
		parameters: { shipment_id, shipment_number: 'AWB-1001', status: 'delivered', policy_options: { option: [{ name: 'boxes', value: '3' }] } },
		request: { method: 'PUT', path: `/shipments/${SHIPMENT.id}`, body: { shipment_number: 'AWB-1001', status: 'delivered', policy_options: { boxes: '3' } } },
		answer: ok(SHIPMENT),
		output: [SHIPMENT],
	},
];

export const pickers = [
	{
		method: 'searchShipments',
		parameters: { resource: 'shipment', operation: 'get' },
		path: 'shipment_id',
		request: firstPage('/shipments'),
		answer: page([SHIPMENT]),
		results: [{ name: '362985662 · order #1275404514 · Aramex', value: String(SHIPMENT.id) }],
	},
	{
		method: 'getShipmentDestinationCities',
		parameters: { resource: 'shipment', operation: 'getAll', filters: { ship_to_country_id: RIYADH.country_id } },
		path: 'filters.ship_to_city_id',
		request: firstPage(`/countries/${RIYADH.country_id}/cities`),
		answer: page([{ id: RIYADH.city_id, name: 'Riyadh' }]),
		results: [{ name: 'Riyadh', value: RIYADH.city_id }],
	},
	{
		method: 'getShipmentOriginCities',
		parameters: { resource: 'shipment', operation: 'getAll', filters: { ship_from_country_id: RIYADH.country_id } },
		path: 'filters.ship_from_city_id',
		request: firstPage(`/countries/${RIYADH.country_id}/cities`),
		answer: page([{ id: 1592433390, name: 'Jeddah' }]),
		results: [{ name: 'Jeddah', value: 1592433390 }],
	},
];
