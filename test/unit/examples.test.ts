/**
 * The README's example workflow sends what the README says it sends.
 */
import example from '../../examples/vip-customer-group.json';
import { runSalla } from '../helpers/engine';
import { received, resetSalla, salla } from '../helpers/salla';

beforeEach(resetSalla);

const parametersOf = (name: string) => example.nodes.find((node) => node.name === name)!.parameters;

test('Create VIP group posts the documented body', async () => {
	salla('post', '/customers/groups', 201, { status: 201, success: true, data: { id: 1394760126, name: 'VIP customers' } });

	const { items, error } = await runSalla(parametersOf('Create VIP group'));

	expect(error).toBeUndefined();
	expect(received[0].body).toEqual({
		name: 'VIP customers',
		conditions: [{ type: 'total_sales', symbol: '>', value: 1000 }],
		features: { payment_method: ['mada', 'credit_card', 'apple_pay'], shipping: ['all'] },
	});
	expect(items[0].json).toEqual({ id: 1394760126, name: 'VIP customers' });
});

test('Add first members uses the created group\'s ID from the previous item', async () => {
	salla('post', '/customers/groups/add_customers', 200, { status: 200, success: true, data: ['ok'] });

	await runSalla(parametersOf('Add first members'), { items: [{ id: 1394760126, name: 'VIP customers' }] });

	expect(received[0].body).toEqual({ group_id: 1394760126, customers: [447121768, 1761729493] });
});
