/**
 * Shipment → Create: Packages → Weight Unit offers the four units Salla takes (kg, g, lb, oz), and
 * the chosen one reaches Salla.
 */
import { Salla } from '../../nodes/Salla/Salla.node';
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const weightUnit = () => {
	const packages = new Salla().description.properties.find(
		(property) => property.name === 'packages' && property.displayOptions?.show?.resource?.includes('shipment'),
	);
	const values = (packages?.options as Array<{ name: string; values: Array<{ name: string; options?: unknown }> }>)[0].values;
	return values.find((field) => field.name === 'weight_units');
};

test('the panel offers kilograms, grams, pounds and ounces', () => {
	expect(weightUnit()?.options).toEqual([
		{ name: 'Kilograms', value: 'kg' },
		{ name: 'Grams', value: 'g' },
		{ name: 'Pounds', value: 'lb' },
		{ name: 'Ounces', value: 'oz' },
	]);
});

test.each(['g', 'lb', 'oz'])('a package weighed in %s is sent in that unit', async (unit) => {
	salla('post', '/shipments', 200, { status: 200, success: true, data: { id: 1 } });
	const { error, items } = await runSalla({
		resource: 'shipment',
		operation: 'create',
		courier_id: 1927161457,
		shipment_type: 'shipment',
		payment_method: 'pre_paid',
		packages: { package: [{ name: 'T-shirt', quantity: 2, weight: 250, weight_units: unit }] },
	});
	expect(error).toBeUndefined();
	expect(received[0].body).toEqual({
		courier_id: 1927161457,
		shipment_type: 'shipment',
		payment_method: 'pre_paid',
		packages: [{ name: 'T-shirt', quantity: 2, weight: { value: 250, units: unit } }],
	});
	expect(items).toEqual([{ json: { id: 1 }, pairedItem: { item: 0 } }]);
});

/**
 * The defect came from n8n lint's autofix of unsorted fixed-collection items, which rewrites spread
 * options (`options: [...WEIGHT_UNITS]`) as `options: []`. Every dropdown of the node must offer
 * choices, its own or loaded from Salla.
 */
test('no dropdown anywhere in the node is left without choices', () => {
	const empty: string[] = [];
	const visit = (value: unknown, path: string): void => {
		if (Array.isArray(value)) return value.forEach((entry) => visit(entry, path));
		if (!value || typeof value !== 'object') return;
		const property = value as { name?: string; displayName?: string; type?: string; options?: unknown[]; values?: unknown[]; typeOptions?: { loadOptionsMethod?: string } };
		const here = `${path} › ${property.displayName ?? property.name}`;
		if ((property.type === 'options' || property.type === 'multiOptions') && !property.typeOptions?.loadOptionsMethod && !property.options?.length) empty.push(here);
		visit(property.options, here);
		visit(property.values, here);
	};
	visit(new Salla().description.properties, 'Salla');
	expect(empty).toEqual([]);
});
