/**
 * Coupon: group coupons (Create), marketer coupons (Create and Update) and Get Codes of a group coupon.
 */
import { callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent } from '../helpers/fixtures';
import { answer, coupon, couponBody, couponCreate } from '../helpers/coupon';

const single = couponCreate();
const group = (parameters: Record<string, unknown>) => ({ ...single, code: '', ...coupon.group, ...parameters });
const { marketer } = coupon;

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Coupon → Create: group coupons', () => {
	test('sends is_group with its name, count and suffix, and no code', async () => {
		salla('post', '/coupons', 200, answer({ id: 1257881496, is_group: true }));
		const { items, error } = await runSalla(group({}));
		expect(error).toBeUndefined();
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			[
				'POST',
				'/admin/v2/coupons',
				{ ...coupon.group, ...coupon.termsSent },
			],
		]);
		expect(items).toEqual([{ json: { id: 1257881496, is_group: true }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['no group name', { group_name: '={{ "" }}' }, 'Group Name is empty'],
		['no count', { group_coupons_count: '={{ "" }}' }, 'Number of Codes is empty'],
		['a count of 0', { group_coupons_count: 0 }, 'Number of Codes: "0" is not a whole number of at least 1'],
		['a suffix over 5 characters', { group_suffix: 'RAMADAN' }, 'Code Suffix: "RAMADAN" is not up to 5 letters or numbers'],
	])('%s sends nothing', async (_case, parameters, message) => expectNotSent(group(parameters), message));
});

describe('marketer coupons', () => {
	test('Create sends marketing_active with the marketer\'s fields', async () => {
		salla('post', '/coupons', 200, answer({ id: 1 }));
		await runSalla({ ...single, additionalFields: { ...marketer, marketing_info: ' Instagram ', marketing_hide_total_sales: true } });
		expect(received[0].body).toEqual({
			...couponBody,
			marketing_active: true,
			marketing_name: 'Sara Ahmed',
			marketing_type: 'fixed',
			marketing_amount: 15,
			marketing_maximum_amount: 40,
			marketing_info: 'Instagram',
			marketing_hide_total_sales: true,
		});
	});

	test('Update sends the marketer alone', async () => {
		salla('put', '/coupons/1622617640', 200, answer({ id: 1622617640 }));
		await runSalla({ resource: 'coupon', operation: 'update', coupon_id: byId('1622617640'), updateFields: marketer });
		expect(received.map((request) => [request.method, request.path, request.body])).toEqual([
			['PUT', '/admin/v2/coupons/1622617640', { marketing_active: true, ...marketer }],
		]);
	});

	test.each([
		['a commission without a marketer name', { marketing_amount: 10, marketing_maximum_amount: 5 }, 'Marketer Name is empty'],
		['a marketer without commission', { marketing_name: 'Sara', marketing_maximum_amount: 5 }, 'Marketer Commission is empty'],
		['a percentage commission over 100', { ...marketer, marketing_type: 'percentage', marketing_amount: 120 }, 'Marketer Commission: 120% is more than 100%'],
		['no maximum commission', { ...marketer, marketing_maximum_amount: '={{ "" }}' }, 'Marketer Maximum Commission is empty'],
	])('%s sends nothing', async (_case, updateFields, message) => expectNotSent({ resource: 'coupon', operation: 'update', coupon_id: byId('1622617640'), updateFields }, message));
});

describe('Coupon → Get Codes', () => {
	test('asks for the codes of the group coupon, one item per code', async () => {
		const codes = [
			{ id: 1, code: 'A1RMD' },
			{ id: 2, code: 'B2RMD' },
		];
		salla('get', '/coupons/codes?coupon_id=1257881496&page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: codes,
			pagination: { count: 2, total: 2, perPage: 60, currentPage: 1, totalPages: 1, links: [] },
		});
		const { items, error } = await runSalla({ resource: 'coupon', operation: 'getCodes', coupon_id: byId('1257881496'), returnAll: true });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /admin/v2/coupons/codes?coupon_id=1257881496&page=1&per_page=60']);
		expect(items).toEqual(codes.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('a coupon that is not an ID sends nothing; Salla\'s 404 is mapped', async () => {
		const bad = await runSalla({ resource: 'coupon', operation: 'getCodes', coupon_id: byId('={{ "RMD" }}'), returnAll: true });
		expect(bad.error?.message).toBe('Coupon: "RMD" is not a coupon ID');
		expect(received).toEqual([]);
		salla('get', '/coupons/codes?coupon_id=9&page=1&per_page=60', 404, { status: 404, success: false, error: { code: 404, message: 'Not found' } });
		const { error } = await runSalla({ resource: 'coupon', operation: 'getCodes', coupon_id: byId('9'), returnAll: true });
		expect(error?.httpCode).toBe('404');
	});

	test('the coupon picker still searches by keyword', async () => {
		salla('get', '/coupons?page=1&per_page=60&keyword=RMD', 200, answer([{ id: 1257881496, code: 'RMD' }]));
		const { result } = await callMethod('listSearch', 'searchCoupons', { resource: 'coupon', operation: 'getCodes' }, ['RMD']);
		expect(result).toEqual({ results: [{ name: 'RMD', value: '1257881496', url: undefined }], paginationToken: undefined });
	});
});

describe('Group Coupon from an expression', () => {
	test('a group coupon chosen by expression runs without a Code; a single one without Code is refused', async () => {
		salla('post', '/coupons', 200, answer({ id: 1 }));
		const { error } = await runSalla(group({ is_group: '={{ true }}', code: undefined }));
		expect(error).toBeUndefined();
		expect((received[0].body as Record<string, unknown>).code).toBeUndefined();

		const single = await runSalla(group({ is_group: '={{ false }}', code: '={{ "" }}' }));
		expect(single.error?.message).toBe('Code is empty');
		expect(received).toHaveLength(1);
	});
});
