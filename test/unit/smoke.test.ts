import { runSalla, ACCESS_TOKEN } from '../helpers/engine';
import { received, resetSalla, salla } from '../helpers/salla';

beforeEach(resetSalla);

test('smoke', async () => {
	salla('post', '/customers/groups', 200, { status: 200, success: true, data: { id: 1, name: 'VIP' } });
	const result = await runSalla({ resource: 'customerGroup', operation: 'create', name: 'VIP' });
	console.log(JSON.stringify(result.items), result.error, JSON.stringify(received));
	expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
});
