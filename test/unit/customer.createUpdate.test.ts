/**
 * Customer → Create and Update: the body Salla receives, and every check made before sending.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectApiError, expectNotSent, validationFailed } from '../helpers/fixtures';


beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation: 'create',
	first_name: 'Ahmed',
	last_name: 'Ali',
	mobile_code_country: '+966',
	mobile: '555555555',
	...parameters,
});

describe('Customer → Create', () => {
	test('posts every detail in Salla\'s words and outputs the new customer', async () => {
		const created = { id: 2075683582, first_name: 'Ahmed', last_name: 'Ali', mobile: 555555555, mobile_code: '+966', groups: [11323141, 11323142] };
		salla('post', '/customers', 200, answer(created));

		const { items, error } = await runSalla(
			create({
				first_name: ' Ahmed ',
				mobile: '55 555 5555',
				additionalFields: {
					email: 'ahmedali@test.test',
					gender: 'female',
					birthday: '1997-06-03T00:00:00',
					groups: [11323141, '11323142'],
				},
			}),
		);

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/customers');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({
			first_name: 'Ahmed',
			last_name: 'Ali',
			mobile: '555555555',
			mobile_code_country: '+966',
			email: 'ahmedali@test.test',
			gender: 'female',
			birthday: '1997-06-03',
			groups: [11323141, 11323142],
		});
		expect(items).toEqual([{ json: created, pairedItem: { item: 0 } }]);
	});

	test.each([
		['966', '+966'],
		['00971', '+971'],
		[' +967 ', '+967'],
	])('the country code %p is sent as %p', async (code, sent) => {
		salla('post', '/customers', 200, answer({ id: 1 }));
		await runSalla(create({ mobile_code_country: code }));
		expect(received[0].body).toEqual({ first_name: 'Ahmed', last_name: 'Ali', mobile: '555555555', mobile_code_country: sent });
	});

	test('the default country code is not sent without a mobile number', async () => {
		salla('post', '/customers', 200, answer({ id: 1 }));
		await runSalla(create({ mobile: '', additionalFields: { email: 'a@b.sa' } }));
		expect(received[0].body).toEqual({ first_name: 'Ahmed', last_name: 'Ali', email: 'a@b.sa' });
	});

	test.each([
		['a mobile with its country code', { mobile: '+966555555555' }, 'Mobile: "+966555555555" is not a mobile number',
			'Give the number without its country code, such as 555555555, and the code (+966) in Mobile Country Code.'],
		['a mobile with letters', { mobile: '5555x5555' }, 'Mobile: "5555x5555" is not a mobile number',
			'Give the number in digits only, without its country code, such as 555555555.'],
		['a country code that is not one', { mobile_code_country: 'SA' }, 'Mobile Country Code: "SA" is not a country calling code',
			'Give the code with a plus, as Salla writes it: +966 for Saudi Arabia, +971 for the UAE.'],
		['a mobile without a country code', { mobile_code_country: '' }, 'Mobile Country Code is empty',
			'Salla takes the mobile number and its country code together: give the code as +966.'],
		['a bad e-mail', { additionalFields: { email: 'ahmed@test' } }, 'Email: "ahmed@test" is not an e-mail address',
			'Give Email as name@example.com.'],
		['a bad birthday', { additionalFields: { birthday: '={{ "1997-02-30" }}' } }, 'Birthday: "1997-02-30" is not a date',
			'Pick Birthday in the date picker, or give it as YYYY-MM-DD, for example 2026-01-31.'],
		['a gender Salla does not know', { additionalFields: { gender: '={{ "other" }}' } }, 'Gender: "other" is not one of the choices',
			'Gender must be one of: male (Male), female (Female).'],
		['a group that is not an ID', { additionalFields: { groups: '={{ ["VIP"] }}' } }, 'Customer Groups: "VIP" is not an ID',
			'Customer Groups takes whole numbers, such as 1394760126, as a list or separated by commas.'],
		['nothing at all', { first_name: '', last_name: '', mobile: '' }, 'Nothing to create the customer from',
			'Give at least the customer\'s name and mobile number (or e-mail).'],
	])('%s is refused before sending', async (_case, parameters, message, description) => {
		const { error } = await runSalla(create(parameters));
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(description);
		expect(received).toEqual([]);
	});

	test('Salla\'s 422 (mobile already used) names the field', async () => {
		salla('post', '/customers', 422, validationFailed({ mobile: ['The mobile has already been taken.'] }, 'Validation is not successfull'));
		const { error } = await runSalla(create());
		expectApiError(error, '422', 'Salla rejected the data (422): mobile: The mobile has already been taken.');
	});

	test('the Customer Groups multi-select lists the store\'s groups', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [{ id: 11323141, name: 'VIP' }, { id: 11323142, name: 'Wholesale' }],
			pagination: { currentPage: 1, totalPages: 1 },
		});
		const { result } = await callMethod('loadOptions', 'getCustomerGroups', create());
		expect(result).toEqual([
			{ name: 'VIP', value: 11323141 },
			{ name: 'Wholesale', value: 11323142 },
		]);
	});
});

describe('Customer → Update', () => {
	const update = (updateFields: Record<string, unknown>) => ({
		resource: 'customer',
		operation: 'update',
		customer: byId('2075683582'),
		updateFields,
	});

	test('sends only what is set, to the customer\'s URL', async () => {
		salla('put', '/customers/2075683582', 200, answer({ id: 2075683582, email: 'ahmed.ali@test.test' }));

		const { items, error } = await runSalla(update({ email: ' ahmed.ali@test.test ', birthday: '1997-06-03T00:00:00' }));

		expect(error).toBeUndefined();
		expect(received[0].method).toBe('PUT');
		expect(received[0].path).toBe('/admin/v2/customers/2075683582');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ email: 'ahmed.ali@test.test', birthday: '1997-06-03' });
		expect(items).toEqual([{ json: { id: 2075683582, email: 'ahmed.ali@test.test' }, pairedItem: { item: 0 } }]);
	});

	test('a new mobile goes with its country code', async () => {
		salla('put', '/customers/2075683582', 200, answer({ id: 2075683582 }));
		await runSalla(update({ mobile: '501234567', mobile_code_country: '+966', gender: 'male', groups: [7] }));
		expect(received[0].body).toEqual({ mobile: '501234567', mobile_code_country: '+966', gender: 'male', groups: [7] });
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['only empty fields', { first_name: ' ', groups: [] }, 'Nothing to update'],
		['a country code without a mobile', { mobile_code_country: '+966' }, 'Mobile Country Code is set without Mobile'],
		['a mobile without a country code', { mobile: '501234567' }, 'Mobile Country Code is empty'],
	])('%s is refused before sending', async (_case, updateFields, message) => {
		await expectNotSent(update(updateFields), message);
	});

	test('Salla\'s 404 for an unknown customer is a NodeApiError', async () => {
		salla('put', '/customers/9', 404, {
			success: false,
			status: 404,
			error: { code: 404, message: 'The content you are trying to access is no longer available' },
		});
		const { error } = await runSalla({ ...update({ first_name: 'A' }), customer: byId('9') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});
