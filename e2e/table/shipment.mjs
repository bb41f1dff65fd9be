// Shipment (/shipments): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page } from '../../harness/salla-answers.mjs';

const SHIPMENT = { id: 362985662, type: 'shipment', order_id: 1275404514, courier_name: 'Aramex', status: 'created' };
const shipment_id = byId(SHIPMENT.id);

export const operations = [
	{
		operation: 'create',
		parameters: {
			courier_id: 1927161457,
			shipment_type: 'shipment',
			payment_method: 'pre_paid',
			packages: { package: [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: 25.5, currency: 'sar', weight: 5, weight_units: 'kg' }] },
		},
		request: {
			method: 'POST',
			path: '/shipments',
			body: {
				courier_id: 1927161457,
				shipment_type: 'shipment',
				payment_method: 'pre_paid',
				packages: [{ name: 'T-shirt', sku: '52743-145', quantity: 1, price: { amount: 25.5, currency: 'SAR' }, weight: { value: 5, units: 'kg' } }],
			},
		},
		answer: ok(SHIPMENT, 201),
		output: [SHIPMENT],
	},
	{
		operation: 'get',
		parameters: { shipment_id },
		request: { method: 'GET', path: `/shipments/${SHIPMENT.id}` },
		answer: ok(SHIPMENT),
		output: [SHIPMENT],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { status: 'created' } },
		request: { method: 'GET', path: '/shipments', query: { status: 'created', page: '1', per_page: '1' } },
		answer: page([SHIPMENT]),
		output: [SHIPMENT],
	},
	{
		operation: 'update',
		parameters: { shipment_id, shipment_number: 'AWB-1001', status: 'in_transit' },
		request: { method: 'PUT', path: `/shipments/${SHIPMENT.id}`, body: { shipment_number: 'AWB-1001', status: 'in_transit' } },
		answer: ok({ ...SHIPMENT, status: 'in_transit' }),
		output: [{ ...SHIPMENT, status: 'in_transit' }],
	},
];

export const pickers = [
	{
		method: 'searchShipments',
		parameters: { resource: 'shipment', operation: 'get' },
		path: 'shipment_id',
		request: { method: 'GET', path: '/shipments', query: { page: '1', per_page: '60' } },
		answer: page([SHIPMENT]),
		results: [{ name: '362985662 · order #1275404514 · Aramex', value: String(SHIPMENT.id) }],
	},
];
