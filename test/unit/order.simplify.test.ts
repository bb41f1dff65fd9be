/**
 * Simplify on Order → Get and Get Many: on by default for Get Many at node version 1.1, off for nodes
 * saved at version 1 (their output stays Salla's whole order), off by default for Get.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, resetSalla, salla } from '../helpers/salla';
import { page } from '../helpers/fixtures';

/** A List Orders record as Salla's example shows it. */
const listed = {
	id: 1017120475,
	reference_id: 40497536,
	total: { amount: 55, currency: 'SAR' },
	date: { date: '2022-06-16 14:48:20.000000', timezone_type: 3, timezone: 'Asia/Riyadh' },
	status: { id: 566146469, name: 'بإنتظار المراجعة', slug: 'under_review', customized: { id: 986688842, name: 'بإنتظار المراجعة' } },
	can_cancel: false,
	payment_method: 'bank',
	is_pending_payment: false,
	items: [{ name: 'تي شيرت بلاك', quantity: 1 }, { name: 'Gift Box', quantity: 2 }],
	customer: { id: 447121768, first_name: 'Mohammed', last_name: 'Ali', mobile: 555555555, mobile_code: '+966', email: 'm@example.com' },
};

const simplifiedListed = {
	id: 1017120475,
	reference_id: 40497536,
	status: 'بإنتظار المراجعة',
	status_slug: 'under_review',
	status_id: 566146469,
	customer_id: 447121768,
	customer_name: 'Mohammed Ali',
	customer_mobile: '+966555555555',
	customer_email: 'm@example.com',
	total: 55,
	sub_total: null,
	shipping_cost: null,
	currency: 'SAR',
	payment_method: 'bank',
	is_pending_payment: false,
	shipping_company: null,
	tracking_number: null,
	created_at: '2022-06-16 14:48:20.000000',
	updated_at: null,
	items_count: 2,
	items_quantity: 3,
};


beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Order → Get Many: Simplify', () => {
	test('a node added at version 1.1 simplifies by default, every page walked', async () => {
		salla('get', '/orders?page=1&per_page=60', 200, page([listed], 1, 2));
		salla('get', '/orders?page=2&per_page=60', 200, page([{ ...listed, id: 2 }], 2, 2));
		const { items, error } = await runSalla({ resource: 'order', operation: 'getAll', returnAll: true }, { typeVersion: 1.1 });
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{ json: simplifiedListed, pairedItem: { item: 0 } },
			{ json: { ...simplifiedListed, id: 2 }, pairedItem: { item: 0 } },
		]);
	});

	test('a node saved at version 1 keeps Salla\'s whole orders (saved workflows unchanged)', async () => {
		salla('get', '/orders?page=1&per_page=60', 200, page([listed], 1, 1));
		const { items } = await runSalla({ resource: 'order', operation: 'getAll', returnAll: true });
		expect(items).toEqual([{ json: listed, pairedItem: { item: 0 } }]);
	});

	test('Simplify off at version 1.1 gives Salla\'s whole orders; on at version 1 simplifies', async () => {
		salla('get', '/orders?page=1&per_page=60', 200, page([listed], 1, 1));
		const whole = await runSalla({ resource: 'order', operation: 'getAll', returnAll: true, simplify: false }, { typeVersion: 1.1 });
		expect(whole.items).toEqual([{ json: listed, pairedItem: { item: 0 } }]);
		salla('get', '/orders?page=1&per_page=60', 200, page([listed], 1, 1));
		const simple = await runSalla({ resource: 'order', operation: 'getAll', returnAll: true, simplify: true });
		expect(simple.items).toEqual([{ json: simplifiedListed, pairedItem: { item: 0 } }]);
	});
});

describe('Order → Get: Simplify', () => {
	/** Order Details' shape: amounts, shipping, updated_at. */
	const details = {
		id: 1275404514,
		reference_id: 40497223,
		status: { id: 1939592358, name: 'قيد التنفيذ', slug: 'in_progress' },
		date: { date: '2026-01-05 10:00:00.000000' },
		updated_at: { date: '2026-01-06 09:30:00.000000' },
		payment_method: 'mada',
		currency: 'SAR',
		amounts: { sub_total: { amount: 200, currency: 'SAR' }, shipping_cost: { amount: 25, currency: 'SAR' }, total: { amount: 258.75, currency: 'SAR' } },
		shipping: { company: { name: 'Aramex' }, shipment: { tracking_number: 'AWB123' } },
		customer: { id: 447121768, full_name: 'Sara Ahmed', mobile: '0500000000', mobile_code: '', email: '' },
		items: [{ name: 'Shirt', quantity: 4 }],
	};

	test('off by default: Salla\'s whole order', async () => {
		salla('get', '/orders/1275404514', 200, { status: 200, success: true, data: details });
		const { items } = await runSalla({ resource: 'order', operation: 'get', order: { __rl: true, mode: 'id', value: '1275404514' } }, { typeVersion: 1.1 });
		expect(items).toEqual([{ json: details, pairedItem: { item: 0 } }]);
	});

	test('on: the fields a merchant uses, from Order Details\' shape', async () => {
		salla('get', '/orders/1275404514', 200, { status: 200, success: true, data: details });
		const { items } = await runSalla({ resource: 'order', operation: 'get', order: { __rl: true, mode: 'id', value: '1275404514' }, simplify: true });
		expect(items).toEqual([
			{
				json: {
					id: 1275404514,
					reference_id: 40497223,
					status: 'قيد التنفيذ',
					status_slug: 'in_progress',
					status_id: 1939592358,
					customer_id: 447121768,
					customer_name: 'Sara Ahmed',
					customer_mobile: '0500000000',
					customer_email: null,
					total: 258.75,
					sub_total: 200,
					shipping_cost: 25,
					currency: 'SAR',
					payment_method: 'mada',
					is_pending_payment: null,
					shipping_company: 'Aramex',
					tracking_number: 'AWB123',
					created_at: '2026-01-05 10:00:00.000000',
					updated_at: '2026-01-06 09:30:00.000000',
					items_count: 1,
					items_quantity: 4,
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
