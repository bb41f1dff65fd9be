// Order (/orders): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page } from '../../harness/salla-answers.mjs';

const ORDER = { id: 1275404514, reference_id: 40497223, status: { id: 566146469, slug: 'under_review' } };
const order = byId(ORDER.id);
const ADDRESS = {
	country: 1473353380,
	city: '1939592359',
	district: '674989865',
	address_line: 'Tahlia Street',
	street_number: '2401',
	block: 'Al Rawdah',
	building_number: '7012',
	additional_number: '3344',
	postal_code: '23433',
	short_address: 'JRDA7012',
	lat: 21.5433,
	lng: 39.1728,
};
// as Salla takes it: IDs as numbers, the map position as geo_coordinates (`lang`, as the schema spells it)
const { lat, lng, ...street } = ADDRESS;
const SENT_ADDRESS = { ...street, city: 1939592359, district: 674989865, geo_coordinates: { lat, lang: lng } };

export const operations = [
	{
		operation: 'addNote',
		parameters: { order, note: 'Call before delivery' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/histories`, body: { note: 'Call before delivery' } },
		answer: ok({ id: 1, comment: 'Call before delivery' }, 201),
		output: [{ id: 1, comment: 'Call before delivery' }],
	},
	{
		operation: 'addTag',
		parameters: { order, tag_name: 'gift' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/tags`, body: { tag_name: 'gift' } },
		answer: ok([{ id: 5, name: 'gift' }], 201),
		output: [{ id: 5, name: 'gift' }],
	},
	{
		operation: 'create',
		parameters: {
			customerType: 'existing',
			customer: byId(447121768),
			products: { product: [{ identifier_type: 'id', product: byId(892907448), quantity: 2 }] },
			payment_status: 'paid',
			payment_method: 'mada',
			delivery_method: 'shipping',
			courier_id: byId(1433878184),
			ship_to: { address: ADDRESS },
		},
		request: {
			method: 'POST',
			path: '/orders',
			body: {
				customer: { id: 447121768 },
				delivery_method: 'shipping',
				courier_id: '1433878184',
				ship_to: SENT_ADDRESS,
				payment: { status: 'paid', method: 'mada' },
				products: [{ identifier_type: 'id', identifier: 892907448, quantity: 2 }],
			},
		},
		answer: ok(ORDER),
		output: [ORDER],
	},
	{
		operation: 'duplicate',
		parameters: { order },
		request: { method: 'POST', path: '/orders/duplicate', body: { order_id: ORDER.id } },
		answer: ok({ ...ORDER, id: 1275404515 }, 201),
		output: [{ ...ORDER, id: 1275404515 }],
	},
	{
		operation: 'get',
		parameters: { order },
		request: { method: 'GET', path: `/orders/${ORDER.id}` },
		answer: ok(ORDER),
		output: [ORDER],
	},
	{
		operation: 'getHistory',
		parameters: { order, limit: 1 },
		request: { method: 'GET', path: `/orders/${ORDER.id}/histories`, query: { page: '1', per_page: '1' } },
		answer: page([{ id: 1, comment: 'Order created' }]),
		output: [{ id: 1, comment: 'Order created' }],
	},
	{
		operation: 'getInvoiceUrl',
		parameters: { order },
		request: { method: 'POST', path: `/orders/${ORDER.id}/print-invoice` },
		answer: ok({ url: 'https://s.salla.sa/invoice/1275404514.pdf' }),
		output: [{ order_id: ORDER.id, url: 'https://s.salla.sa/invoice/1275404514.pdf' }],
	},
	{
		operation: 'getItems',
		parameters: { order, limit: 1 },
		request: { method: 'GET', path: '/orders/items', query: { order_id: String(ORDER.id), page: '1', per_page: '1' } },
		answer: page([{ id: 77, name: 'T-shirt', quantity: 2 }]),
		output: [{ id: 77, name: 'T-shirt', quantity: 2 }],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { keyword: '40497223' } },
		request: { method: 'GET', path: '/orders', query: { keyword: '40497223', page: '1', per_page: '1' } },
		answer: page([ORDER]),
		output: [ORDER],
	},
	{
		operation: 'sendInvoice',
		parameters: { order },
		request: { method: 'POST', path: `/orders/${ORDER.id}/send-invoice` },
		answer: ok({ message: 'The invoice has been sent', code: 200 }),
		output: [{ order_id: ORDER.id, sent: true, message: 'The invoice has been sent' }],
	},
	{
		operation: 'update',
		parameters: { order, coupon_code: 'SUMMER10' },
		request: { method: 'PUT', path: `/orders/${ORDER.id}`, body: { coupon_code: 'SUMMER10' } },
		answer: ok(ORDER),
		output: [ORDER],
	},
	{
		operation: 'updateStatus',
		parameters: { order, status: 'slug:completed', note: 'Delivered by hand' },
		request: { method: 'POST', path: `/orders/${ORDER.id}/status`, body: { slug: 'completed', note: 'Delivered by hand' } },
		answer: ok({ message: 'The status has been updated', code: 200 }),
		output: [{ order_id: ORDER.id, slug: 'completed', updated: true, message: 'The status has been updated' }],
	},
];

export const pickers = [
	{
		method: 'searchOrders',
		parameters: { resource: 'order', operation: 'get' },
		path: 'order',
		filter: '4049',
		request: { method: 'GET', path: '/orders', query: { page: '1', per_page: '60', keyword: '4049' } },
		answer: page([{ ...ORDER, customer: { first_name: 'Ahmed', last_name: 'Ali' } }]),
		results: [{ name: '#40497223 · Ahmed Ali', value: String(ORDER.id) }],
	},
	{
		method: 'getCities',
		parameters: { resource: 'order', operation: 'create', delivery_method: 'shipping', ship_to: { address: { country: 1473353380 } } },
		path: 'ship_to.address.city',
		request: { method: 'GET', path: '/countries/1473353380/cities', query: { page: '1', per_page: '60' } },
		answer: page([{ id: 1939592358, name: 'Riyadh' }]),
		results: [{ name: 'Riyadh', value: 1939592358 }],
	},
	{
		method: 'getCountries',
		parameters: { resource: 'tax', operation: 'create' },
		path: 'country_id',
		request: { method: 'GET', path: '/countries', query: { page: '1', per_page: '60' } },
		answer: page([{ id: 1473353380, name: 'السعودية', name_en: 'Saudi Arabia', code: 'SA' }]),
		results: [{ name: 'Saudi Arabia', value: 1473353380, description: 'SA' }],
	},
];
