/**
 * Category → Create: Name required, everything else sent only when set, checked before sending.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectApiError, expectRefused, listPicker, validationFailed } from '../helpers/fixtures';

const fromList = listPicker('Shoes');

const create = (parameters: Record<string, unknown> = {}) => ({
	resource: 'category',
	operation: 'create',
	name: 'Cat food',
	...parameters,
});

const created = (data: object) => ({ status: 201, success: true, data });

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Category → Create', () => {
	test('a name alone sends just the name and outputs the created category', async () => {
		const category = { id: 707972603, name: 'Cat food', parent_id: 0, status: 'active', items: [] };
		salla('post', '/categories', 201, created(category));

		const { items, error } = await runSalla(create());

		expect(error).toBeUndefined();
		expect(received).toHaveLength(1);
		expect(received[0].method).toBe('POST');
		expect(received[0].path).toBe('/admin/v2/categories');
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ name: 'Cat food' });
		expect(items).toEqual([{ json: category, pairedItem: { item: 0 } }]);
	});

	test('every field, with the parent from the list, is sent in Salla\'s words', async () => {
		/** Sent as given. */
		const seo = { metadata_title: 'Sneakers', metadata_description: 'Every sneaker we sell', metadata_url: 'sneakers' };
		salla('post', '/categories', 201, created({ id: 1, name: 'Sneakers' }));

		await runSalla(
			create({
				name: ' Sneakers ',
				parent_id: fromList('1390018242'),
				additionalFields: {
					status: 'hidden',
					image: 'https://cdn.example.com/c/sneakers.jpg',
					sort_order: 3,
					...seo,
				},
			}),
		);

		expect(received[0].body).toEqual({
			name: 'Sneakers',
			parent_id: 1390018242,
			status: 'hidden',
			image: 'https://cdn.example.com/c/sneakers.jpg',
			sort_order: 3,
			...seo,
		});
	});

	test('the parent and sort order may come from expressions as text, per item', async () => {
		salla('post', '/categories', 201, created({ id: 1 }));
		salla('post', '/categories', 201, created({ id: 2 }));

		const { items } = await runSalla(
			create({
				name: '={{ $json.name }}',
				parent_id: byId('={{ $json.parent }}'),
				additionalFields: { sort_order: '={{ $json.order }}' },
			}),
			{ items: [{ name: 'A', parent: '11', order: '2' }, { name: 'B', parent: 12, order: 0 }] },
		);

		expect(received.map((request) => request.body)).toEqual([
			{ name: 'A', parent_id: 11, sort_order: 2 },
			{ name: 'B', parent_id: 12, sort_order: 0 },
		]);
		expect(items).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 0 } },
			{ json: { id: 2 }, pairedItem: { item: 1 } },
		]);
	});

	test('blank optional fields are not sent', async () => {
		salla('post', '/categories', 201, created({ id: 1 }));
		await runSalla(create({ parent_id: byId(''), additionalFields: { image: ' ', metadata_title: '' } }));
		expect(received[0].body).toEqual({ name: 'Cat food' });
	});

	test('a parent that is not an ID: the advice says an empty parent makes a top-level category', async () => {
		const { error } = await runSalla(create({ parent_id: byId('={{ "Shoes" }}') }));
		expect(error?.description).toBe('Choose the category from the list, or give its ID: a whole number such as 1390018242. Leave it empty for a top-level category.');
		expect(received).toEqual([]);
	});

	test.each([
		['an empty name', { name: '={{ "  " }}' }, 'Name is empty'],
		['a parent that is not an ID', { parent_id: byId('={{ "Shoes" }}') }, 'Parent Category: "Shoes" is not a category ID'],
		['an image that is not a web address', { additionalFields: { image: 'shoes.jpg' } }, 'Image URL: "shoes.jpg" is not a web address'],
		['a negative sort order', { additionalFields: { sort_order: -1 } }, 'Sort Order: "-1" is not a whole number of at least 0'],
		['a fractional sort order', { additionalFields: { sort_order: '={{ 1.5 }}' } }, 'Sort Order: "1.5" is not a whole number of at least 0'],
		['an unknown status', { additionalFields: { status: '={{ "draft" }}' } }, 'Status: "draft" is not one of the choices'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => {
		await expectRefused(create(parameters), message);
	});

	test('Salla\'s 422 lists the fields it rejected', async () => {
		salla('post', '/categories', 422, validationFailed({ name: ['The name has already been taken.'] }));

		const { error } = await runSalla(create());

		expectApiError(error, '422', 'Salla rejected the data (422): name: The name has already been taken.');
	});
});
