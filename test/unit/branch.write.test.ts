/**
 * Branch → Create, Update and Delete: the exact requests, Salla's body rules (required fields,
 * National Address numbers, location, contacts, working hours) checked before anything is sent.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { answer, byId, expectNotSent } from '../helpers/fixtures';


beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const riyadh = {
	name: 'Riyadh',
	type: 'branch',
	country_id: 1473353380,
	city_id: '1473353380',
	lat: 24.7136,
	lng: 46.6753,
	address_description: 'Riyadh Manfouha Dist',
	street: 'Mansour St.',
	local: 'Olaya',
	postal_code: '21957',
	contacts: { phone: '+966508265874', whatsapp: '+966508265874' },
	working_hours: {
		period: [
			{ day: 'sunday', from: '08:00', to: '17:00' },
			{ day: 'sunday', from: '19:00', to: '23:30' },
			{ day: 'friday', closed: true },
		],
	},
};

const create = (parameters: Record<string, unknown> = {}) => ({ resource: 'branch', operation: 'create', ...riyadh, ...parameters });

const sent = {
	name: 'Riyadh',
	type: 'branch',
	country_id: 1473353380,
	city_id: 1473353380,
	location: '24.7136,46.6753',
	address_description: 'Riyadh Manfouha Dist',
	street: 'Mansour St.',
	local: 'Olaya',
	postal_code: '21957',
	contacts: { phone: '+966508265874', whatsapp: '+966508265874' },
	working_hours: { sunday: { enabled: 'on', from: ['08:00', '19:00'], to: ['17:00', '23:30'] }, friday: { enabled: 'off' } },
};

describe('Branch → Create', () => {
	test('sends Salla\'s required fields, location as lat,lng and working hours by day, and outputs the branch', async () => {
		salla('post', '/branches', 200, answer({ id: 1846327032, name: 'Riyadh', status: 'active' }));
		const { items, error } = await runSalla(create());
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /admin/v2/branches']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual(sent);
		expect(items).toEqual([{ json: { id: 1846327032, name: 'Riyadh', status: 'active' }, pairedItem: { item: 0 } }]);
	});

	test('a warehouse needs no working hours; the additional fields are sent as Salla takes them', async () => {
		salla('post', '/branches', 200, answer({ id: 2 }));
		await runSalla(
			create({
				type: 'warehouse',
				working_hours: {},
				additionalFields: { building_number: '2452', additional_number: '1356', is_cod_available: true, cod_cost: 15, is_default: true, preparation_time: '01:30' },
			}),
		);
		const { working_hours: _hours, ...rest } = sent;
		expect(received[0].body).toEqual({
			...rest,
			type: 'warehouse',
			building_number: '2452',
			additional_number: '1356',
			is_cod_available: true,
			cod_cost: '15',
			is_default: true,
			preparation_time: '01:30',
		});
	});

	test.each([
		['no name', { name: ' ' }, 'Name is empty'],
		['no city', { city_id: '={{ "" }}' }, 'City Name or ID is empty'],
		['a country that is not an ID', { country_id: 'SA' }, 'Country Name or ID: "SA" is not an ID'],
		['no location', { lat: 0, lng: 0 }, 'Latitude and Longitude are required'],
		['a latitude out of range', { lat: 124.7 }, 'Latitude: "124.7" is not a number from -90 to 90'],
		['no street', { street: '={{ " " }}' }, 'Street is empty'],
		['no district', { local: '={{ "" }}' }, 'District is empty'],
		['no contacts', { contacts: {} }, 'Contacts is empty'],
		['a building number of 3 digits', { additionalFields: { building_number: '245' } }, 'Building Number: "245" is not 4 digits'],
		['a branch without working hours', { working_hours: {} }, 'Working Hours is empty'],
		['a period that ends before it starts', { working_hours: { period: [{ day: 'monday', from: '17:00', to: '08:00' }] } }, 'Working Hours 1: Opens At (17:00) is not before Closes At (08:00)'],
		['a time that is not a time', { working_hours: { period: [{ day: 'monday', from: '8am', to: '17:00' }] } }, 'Working Hours 1: Opens At: "8am" is not a time'],
		['a day both open and closed', { working_hours: { period: [{ day: 'monday', from: '08:00', to: '17:00' }, { day: 'monday', closed: true }] } }, 'Working Hours 2: Monday is both closed and open'],
		['a preparation time that is not hours:minutes', { additionalFields: { preparation_time: '90 minutes' } }, 'Preparation Time: "90 minutes" is not hours:minutes'],
		['an unknown type', { type: '={{ "shop" }}' }, 'Type: "shop" is not one of the choices'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(create(parameters), message));

	test('Salla\'s 422 is mapped with its fields', async () => {
		salla('post', '/branches', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { building_number: ['حقل رقم المبنى مطلوب.'] } } });
		const { error } = await runSalla(create());
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): building_number: حقل رقم المبنى مطلوب.');
	});

	test('the city dropdown lists the cities of the chosen country', async () => {
		salla('get', '/countries/1473353380/cities?page=1&per_page=60', 200, { status: 200, success: true, data: [{ id: 1473353380, name: 'الرياض' }] });
		const { result } = await callMethod('loadOptions', 'getBranchCities', { resource: 'branch', operation: 'create', country_id: 1473353380 });
		expect(result).toEqual([{ name: 'الرياض', value: 1473353380 }]);
	});
});

describe('Branch → Update', () => {
	const update = (parameters: Record<string, unknown>) => ({ resource: 'branch', operation: 'update', branch: byId('1846327032'), ...parameters });

	test('sends only what is set: making a branch the default, closing it, new hours', async () => {
		salla('put', '/branches/1846327032', 200, answer({ id: 1846327032, is_default: true }));
		const { items, error } = await runSalla(
			update({
				updateFields: { is_default: true, status: 'inactive', city_id: 1939592358, lat: 21.38, lng: 39.77 },
				working_hours: { period: [{ day: 'saturday', from: '9:00', to: '23:55' }] },
			}),
		);
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/branches/1846327032']);
		expect(received[0].body).toEqual({
			status: 'inactive',
			city_id: 1939592358,
			location: '21.38,39.77',
			is_default: true,
			working_hours: { saturday: { enabled: 'on', from: ['09:00'], to: ['23:55'] } },
		});
		expect(items).toEqual([{ json: { id: 1846327032, is_default: true }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['nothing to update', {}, 'Nothing to update'],
		['a longitude without latitude', { updateFields: { lng: 46.6 } }, 'Latitude and Longitude are required'],
		['an unknown status', { updateFields: { status: '={{ "closed" }}' } }, 'Status: "closed" is not one of the choices'],
		['a branch that is not an ID', { branch: byId('={{ "Riyadh" }}'), updateFields: { name: 'Riyadh' } }, 'Branch: "Riyadh" is not a branch ID'],
	])('%s: nothing is sent', async (_case, parameters, message) => expectNotSent(update(parameters), message));

	test('Salla\'s 404 is mapped', async () => {
		salla('put', '/branches/1', 404, { success: false, status: 404, error: { code: 404, message: 'The content you are trying to access is no longer available' } });
		const { error } = await runSalla(update({ branch: byId('1'), updateFields: { name: 'Jeddah' } }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Branch → Set Default', () => {
	test('sends Update Branch with is_default alone and outputs the branch', async () => {
		salla('put', '/branches/1846327032', 200, answer({ id: 1846327032, is_default: true }));
		const { items, error } = await runSalla({ resource: 'branch', operation: 'setDefault', branch: byId('1846327032') });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /admin/v2/branches/1846327032']);
		expect(received[0].body).toEqual({ is_default: true });
		expect(items).toEqual([{ json: { id: 1846327032, is_default: true }, pairedItem: { item: 0 } }]);
	});

	test('a branch that is not an ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'branch', operation: 'setDefault', branch: byId('={{ "main" }}') });
		expect(error?.message).toBe('Branch: "main" is not a branch ID');
		expect(received).toEqual([]);
	});
});

describe('Branch → Delete', () => {
	test('deletes the branch and says so', async () => {
		salla('delete', '/branches/1846327032', 200, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });
		const { items, error } = await runSalla({ resource: 'branch', operation: 'delete', branch: byId('1846327032') });
		expect(error).toBeUndefined();
		expect(received.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /admin/v2/branches/1846327032']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: { id: 1846327032, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } }]);
	});

	test('an empty branch sends nothing', async () => {
		const { error } = await runSalla({ resource: 'branch', operation: 'delete', branch: byId('={{ "" }}') });
		expect(error?.message).toBe('Branch is empty');
		expect(received).toEqual([]);
	});
});
