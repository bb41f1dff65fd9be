/**
 * Order → Update and Update Status: only what was set is sent; statuses by slug or by ID.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectNotSent, invalidFields } from '../helpers/fixtures';
import { bankTransfer, street } from '../helpers/orders';

const ORDER = { __rl: true, mode: 'id', value: '1275404514' };
const update = (parameters: Record<string, unknown> = {}) => ({ resource: 'order', operation: 'update', order: ORDER, ...parameters });
const updateStatus = (parameters: Record<string, unknown> = {}) => ({
	resource: 'order',
	operation: 'updateStatus',
	order: ORDER,
	...parameters,
});

const address = {
	country: '1473353380',
	city: 1939592358,
	...street,
	lat: 24.7136,
	lng: 46.6753,
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

/** Sends `update(parameters)` with Salla answering the order; resolves with the body Salla received. */
const sentBody = async (parameters: Record<string, unknown>) => {
	salla('put', '/orders/1275404514', 200, { status: 200, success: true, data: { id: 1275404514 } });
	await runSalla(update(parameters));
	return received[0].body;
};

describe('Order → Update', () => {
	test('only the receiver: PUT with just the receiver; the output is the order', async () => {
		salla('put', '/orders/1275404514', 200, { status: 200, success: true, data: { id: 1275404514 } });

		const { items, error } = await runSalla(update({ receiver: { name: 'Sara', phone: '966500000000' } }));

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/orders/1275404514');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ receiver: { name: 'Sara', phone: '966500000000' } });
		expect(items).toEqual([{ json: { id: 1275404514 }, pairedItem: { item: 0 } }]);
	});

	test('shipping with a courier and an address: courier as a number, longitude as lng (Update\'s schema)', async () => {
		const body = await sentBody({
			delivery_method: 'shipping',
			courier_id: { __rl: true, mode: 'list', value: '1433878184' },
			ship_to: { address },
			coupon_code: 'SUMMER10',
		});

		expect(body).toEqual({
			delivery_method: 'shipping',
			courier_id: 1433878184,
			ship_to: {
				country: 1473353380,
				city: 1939592358,
				...street,
				geo_coordinates: { lat: 24.7136, lng: 46.6753 },
			},
			coupon_code: 'SUMMER10',
		});
	});

	test('a queued answer (202) is success and is output as Salla sent it', async () => {
		const queued = { message: 'The details has been queued to update, it may take several minutes', code: 202 };
		salla('put', '/orders/1275404514', 202, { status: 202, success: true, data: queued });
		const { items, error } = await runSalla(update({ coupon_code: 'SUMMER10' }));
		expect(error).toBeUndefined();
		expect(received[0].body).toEqual({ coupon_code: 'SUMMER10' });
		expect(items).toEqual([{ json: queued, pairedItem: { item: 0 } }]);
	});

	test('a guest order gets a customer; a pending payment gets its accepted methods as a list', async () => {
		const body = await sentBody({
			customerType: 'new',
			customer_mobile: '+966566666666',
			customer_name: 'Mohammed Ali',
			payment_status: 'pending_payment',
			payment_accepted_methods: ['mada', 'bank'],
		});

		expect(body).toEqual({
			customer: { mobile: '+966566666666', name: 'Mohammed Ali' },
			payment: { status: 'pending_payment', accepted_methods: ['mada', 'bank'] },
		});
	});

	test('an existing customer by ID; a bank payment sends the receipt and store_bank_id (Update\'s schema)', async () => {
		const body = await sentBody({
			customerType: 'existing',
			customer: { __rl: true, mode: 'id', value: '447121768' },
			payment_status: 'paid',
			...bankTransfer,
		});

		expect(body).toEqual({
			customer: { id: 447121768 },
			payment: { status: 'paid', method: 'bank', receipt_image_path: 'https://example.com/receipt.jpg', store_bank_id: 234234 },
		});
	});

	test('pickup sends the branch', async () => {
		salla('put', '/orders/1275404514', 200, { status: 200, success: true, data: { id: 1275404514 } });
		await runSalla(update({ delivery_method: 'pickup', branch_id: { __rl: true, mode: 'id', value: '203948803' } }));
		expect(received[0].body).toEqual({ delivery_method: 'pickup', branch_id: 203948803 });
	});

	test('assigned employees are sent as Salla\'s employees list', async () => {
		salla('put', '/orders/1275404514', 200, { status: 200, success: true, data: { id: 1275404514 } });
		await runSalla(update({ employees: [461258256, '1968921873'] }));
		expect(received[0].body).toEqual({ employees: [461258256, 1968921873] });
	});

	test('a payment status chosen by expression leaves the fields of the other choices alone (issue 24)', async () => {
		salla('put', '/orders/1275404514', 200, { status: 200, success: true, data: { id: 1275404514 } });
		// Receipt Image URL (shown for Paid + Bank Transfer) is empty: once required, n8n refused the whole workflow.
		const { error } = await runSalla(
			update({ payment_status: '={{ "pending_payment" }}', payment_method: 'bank', payment_accepted_methods: ['mada'] }),
		);
		expect(error).toBeUndefined();
		expect(received[0].body).toEqual({ payment: { status: 'pending_payment', accepted_methods: ['mada'] } });
	});

	test('Salla refusing a completed order (422) becomes a NodeApiError', async () => {
		salla('put', '/orders/1275404514', 422, invalidFields({ coupon_code: ['لا يمكن تعديل الطلب المكتمل'] }));
		const { error } = await runSalla(update({ coupon_code: 'SUMMER10' }));
		expectApiError(error, '422', 'Salla rejected the data (422): coupon_code: لا يمكن تعديل الطلب المكتمل');
	});

	test.each<[string, Record<string, unknown>, string]>([
		['nothing set', {}, 'Nothing to update'],
		['an employee by name', { employees: '={{ ["Sara"] }}' }, 'Assigned Employees: "Sara" is not an ID'],
		['pickup without branch', { delivery_method: 'pickup', branch_id: { __rl: true, mode: 'id', value: '={{ "" }}' } }, 'Branch is required when Delivery Method is Pickup From a Branch'],
		['incomplete address', { delivery_method: 'shipping', ship_to: { address: { ...address, postal_code: '' } } }, 'Ship To: Postal Code is empty'],
		['bad receiver email', { receiver: { email: 'sara' } }, 'Receiver: Email: "sara" is not an e-mail address'],
		['pending without accepted methods', { payment_status: 'pending_payment', payment_accepted_methods: '={{ [] }}' }, 'Accepted Payment Methods is required when Payment Status is Pending Payment'],
		['unknown accepted method', { payment_status: 'pending_payment', payment_accepted_methods: '={{ ["mada", "tabby"] }}' }, 'Accepted Payment Methods: "tabby" is not one of the choices'],
		['cod without amount', { payment_status: 'paid', payment_method: 'cod', cod_amount: '={{ "" }}' }, 'Cash on Delivery Amount is required when Payment Method is Cash on Delivery'],
		['new customer without name', { customerType: 'new', customer_mobile: '0566666666', customer_name: '={{ "" }}' }, 'Customer Name is empty'],
		[
			'unknown delivery method',
			{
				delivery_method: '={{ "drone" }}',
				branch_id: { __rl: true, mode: 'id', value: '1' },
				courier_id: { __rl: true, mode: 'id', value: '2' },
			},
			'Delivery Method: "drone" is not one of the choices',
		],
	])('%s is refused before sending', async (_case, parameters, message) => {
		await expectNotSent(update(parameters), message);
	});

	test('a pickup branch that is not an ID is named as the branch picker names it, and nothing is sent', async () => {
		const { error } = await runSalla(update({ delivery_method: 'pickup', branch_id: { __rl: true, mode: 'id', value: '={{ "Riyadh" }}' } }));
		expect(error?.message).toBe('Branch: "Riyadh" is not a branch ID');
		expect(error?.description).toBe('Choose the branch from the list, or give its ID: a whole number such as 203948803.');
		expect(received).toEqual([]);
	});
});

describe('Order → Update Status', () => {
	const updated = { status: 201, success: true, data: { message: 'The entity has been updated successfully', code: 201 } };

	test('Salla\'s own status goes by slug, with a note and restore items', async () => {
		salla('post', '/orders/1275404514/status', 201, updated);

		const { items, error } = await runSalla(updateStatus({ status: 'slug:restoring', note: 'Customer asked', restore_items: true }));

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/orders/1275404514/status');
		expect(received[0].body).toEqual({ slug: 'restoring', note: 'Customer asked', restore_items: true });
		expect(items).toEqual([
			{
				json: { order_id: 1275404514, slug: 'restoring', updated: true, message: 'The entity has been updated successfully' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('a custom sub-status goes by status_id; restore items off is not sent', async () => {
		salla('post', '/orders/1275404514/status', 201, updated);
		await runSalla(updateStatus({ status: 'status_id:1422535667', restore_items: false }));
		expect(received[0].body).toEqual({ status_id: 1422535667 });
	});

	test.each([
		['completed', { slug: 'completed' }],
		['1422535667', { status_id: 1422535667 }],
	])('an expression giving %s is understood', async (value, body) => {
		salla('post', '/orders/1275404514/status', 201, updated);
		await runSalla(updateStatus({ status: `={{ "${value}" }}` }));
		expect(received[0].body).toEqual(body);
	});

	test.each([
		['={{ "" }}', 'Status is empty'],
		['={{ "paid" }}', 'Status: "paid" is not a status'],
		['slug:paid', 'Status: "slug:paid" is not a status'],
		['status_id:abc', 'Status: "status_id:abc" is not a status'],
	])('%s is refused before sending', async (status, message) => {
		await expectNotSent(updateStatus({ status }), message);
	});
});
