/**
 * examples/order-paid-tag-note.json: a signed order.status.updated delivery goes through the Salla
 * Trigger as the example sets it up, and its output items run the example's two Salla nodes in n8n's
 * engine (WorkflowExecute, with the trigger's run recorded so that `$('Salla Trigger')` resolves).
 */
import type { IDataObject } from 'n8n-workflow';

import example from '../../examples/order-paid-tag-note.json';
import { ACCESS_TOKEN } from '../helpers/engine';
import { runExampleFrom, statusUpdatedDelivery, triggerItems as deliver } from '../helpers/examples';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';

const RAW_DELIVERY = statusUpdatedDelivery(
	'{"id":1298199463,"name":"\\u062a\\u0645 \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630","slug":"completed","customized":{"id":1638621685,"name":"\\u062a\\u0645 \\u0627\\u0644\\u062a\\u0646\\u0641\\u064a\\u0630"}}',
);

const triggerItems = () => deliver(example, RAW_DELIVERY);
const runExample = (delivered: IDataObject[]) => runExampleFrom(example, 'Tag order as paid', delivered);

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

test('the trigger\'s delivery tags the order "paid", then notes it in the order\'s history', async () => {
	salla('post', '/orders/1275404514/tags', 200, { status: 200, success: true, data: { id: 7001, name: 'paid' } });
	salla('post', '/orders/1275404514/histories', 200, {
		status: 200,
		success: true,
		data: { id: 1333127585, status: 'تم التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:02.000000' } },
	});

	const delivered = await triggerItems();
	expect(delivered).toHaveLength(1);
	expect((delivered[0].data as IDataObject).id).toBe(1275404514);

	const result = await runExample(delivered);

	expect(result.error).toBeUndefined();
	expect(requestedPaths()).toEqual([
		'POST /admin/v2/orders/1275404514/tags',
		'POST /admin/v2/orders/1275404514/histories',
	]);
	expect(received.every((request) => request.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
	expect(received[0].body).toEqual({ tag_name: 'paid' });
	expect(received[1].body).toEqual({ note: 'Tagged "paid" by n8n after the status changed to تم التنفيذ' });
	expect(result.runData['Tag order as paid'][0].data?.main[0]).toEqual([
		{ json: { id: 7001, name: 'paid' }, pairedItem: { item: 0 } },
	]);
	expect(result.runData['Note it in the history'][0].data?.main[0]).toEqual([
		{
			json: { id: 1333127585, status: 'تم التنفيذ', note: 'ok', created_at: { date: '2026-11-26 10:15:02.000000' } },
			pairedItem: { item: 0 },
		},
	]);
});
