/**
 * Deliveries to the Salla Trigger through n8n-core's WebhookContext: signature and token checks on
 * the raw body, the 401 that starts nothing, event filtering, and the exact output.
 */
import { createHmac } from 'crypto';

import type { INodeParameters } from 'n8n-workflow';

import { CLIENT_SECRET, sallaCredential } from '../helpers/engine';
import { received, resetSalla, salla } from '../helpers/salla';
import { NODE_WEBHOOK_URL, TriggerHarness } from '../helpers/trigger';

const SECRET = '3b9d0c1f5e7a2c4b8d6f0e1a3c5b7d9f2e4a6c8b0d1f3e5a7c9b2d4f6e8a0c1b';
const OTHER_SECRET = 'f'.repeat(64);

/**
 * A delivery as Salla's PHP backend writes it: escaped slashes and \u escapes for Arabic. Parsing and
 * re-serialising it would change these bytes, so only a check on the raw body accepts it.
 */
const RAW_ORDER =
	'{"event":"order.created","merchant":1234509876,"created_at":"Wed Jun 30 2021 12:16:25 GMT+0300",' +
	'"data":{"id":2054311393,"reference_id":71985741,"total":{"amount":325,"currency":"SAR"},' +
	'"customer":{"first_name":"\\u0633\\u0627\\u0631\\u0629","email":"sara@example.com"},' +
	'"urls":{"customer":"https:\\/\\/store.example.com\\/orders\\/2054311393"},"items":[{"name":"Coffee","quantity":2}]}}';

const ORDER = {
	event: 'order.created',
	merchant: 1234509876,
	created_at: 'Wed Jun 30 2021 12:16:25 GMT+0300',
	data: {
		id: 2054311393,
		reference_id: 71985741,
		total: { amount: 325, currency: 'SAR' },
		customer: { first_name: 'سارة', email: 'sara@example.com' },
		urls: { customer: 'https://store.example.com/orders/2054311393' },
		items: [{ name: 'Coffee', quantity: 2 }],
	},
};

const sign = (raw: string | Buffer, secret = SECRET) => createHmac('sha256', secret).update(raw).digest('hex');

const stateWith = (strategy: 'signature' | 'token', secret = SECRET) => ({
	'node:Salla Trigger': {
		webhooks: [{ id: 1001, event: 'order.created', url: `${NODE_WEBHOOK_URL}?event=order.created` }],
		secret,
		strategy,
		rule: '',
		baseUrl: NODE_WEBHOOK_URL,
	},
});

function trigger(strategy: 'signature' | 'token' = 'signature', options: INodeParameters = {}) {
	return new TriggerHarness(
		{ events: ['order.created', 'order.status.updated'], securityStrategy: strategy, options },
		{ staticData: stateWith(strategy) },
	);
}

const REFUSED = { status: 401, body: { message: 'Unauthorized' }, items: undefined };

beforeEach(resetSalla);

describe('signature strategy', () => {
	test('a correctly signed delivery starts the workflow with the delivery as Salla sent it', async () => {
		const outcome = await trigger().deliver({
			rawBody: RAW_ORDER,
			headers: { 'X-Salla-Signature': sign(RAW_ORDER), 'X-Salla-Security-Strategy': 'Signature' },
			query: { event: 'order.created' },
		});
		expect(outcome.result).toEqual({ workflowData: [[{ json: ORDER }]] });
		expect(outcome.status).toBe(200);
		expect(received).toEqual([]);
	});

	test('"Output data only" outputs the event\'s data alone', async () => {
		const outcome = await trigger('signature', { dataOnly: true }).deliver({
			rawBody: RAW_ORDER,
			headers: { 'X-Salla-Signature': sign(RAW_ORDER) },
		});
		expect(outcome.items).toEqual([ORDER.data]);
	});

	test('"Output data only" wraps data that is not an object', async () => {
		const raw = '{"event":"order.created","merchant":1,"created_at":"x","data":[1,2]}';
		const outcome = await trigger('signature', { dataOnly: true }).deliver({
			rawBody: raw,
			headers: { 'X-Salla-Signature': sign(raw) },
		});
		expect(outcome.items).toEqual([{ data: [1, 2] }]);
	});

	test.each([
		['signed with another secret', { 'X-Salla-Signature': sign(RAW_ORDER, OTHER_SECRET) }, RAW_ORDER],
		['a tampered body', { 'X-Salla-Signature': sign(RAW_ORDER) }, RAW_ORDER.replace('"total":{"amount":325', '"total":{"amount":1')],
		['a body changed by one byte at the end', { 'X-Salla-Signature': sign(RAW_ORDER) }, `${RAW_ORDER} `],
		['no signature header', {}, RAW_ORDER],
		['an empty signature', { 'X-Salla-Signature': '' }, RAW_ORDER],
		['a signature one character short', { 'X-Salla-Signature': sign(RAW_ORDER).slice(0, 63) }, RAW_ORDER],
		['a signature one character long', { 'X-Salla-Signature': `${sign(RAW_ORDER)}0` }, RAW_ORDER],
		['a signature twice as long', { 'X-Salla-Signature': sign(RAW_ORDER).repeat(2) }, RAW_ORDER],
		['the right signature in upper case', { 'X-Salla-Signature': sign(RAW_ORDER).toUpperCase() }, RAW_ORDER],
		['a "sha256=" prefix', { 'X-Salla-Signature': `sha256=${sign(RAW_ORDER)}` }, RAW_ORDER],
		['the right signature in base64', { 'X-Salla-Signature': createHmac('sha256', SECRET).update(RAW_ORDER).digest('base64') }, RAW_ORDER],
		['the secret as a token instead of a signature', { Authorization: SECRET }, RAW_ORDER],
	])('%s: 401 and nothing runs', async (_case, headers, rawBody) => {
		const outcome = await trigger().deliver({ rawBody, headers });
		expect({ status: outcome.status, body: outcome.body, items: outcome.items }).toEqual(REFUSED);
		expect(outcome.result).toEqual({ noWebhookResponse: true });
	});

	test('a delivery signed for the body the n8n parser would re-serialise is refused (raw bytes count)', async () => {
		const reserialised = JSON.stringify(ORDER);
		expect(reserialised).not.toBe(RAW_ORDER);
		const outcome = await trigger().deliver({
			rawBody: RAW_ORDER,
			headers: { 'X-Salla-Signature': sign(reserialised) },
		});
		expect(outcome.status).toBe(401);
	});

	test('a node that holds no secret (never activated) refuses every delivery', async () => {
		const node = new TriggerHarness({ events: ['order.created'] });
		const outcome = await node.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, '') } });
		expect(outcome.status).toBe(401);
		expect(outcome.items).toBeUndefined();
	});

	test('the 401 answer carries neither the secret nor the expected signature', async () => {
		const outcome = await trigger().deliver({
			rawBody: RAW_ORDER,
			headers: { 'X-Salla-Signature': sign(RAW_ORDER, OTHER_SECRET) },
		});
		const answer = JSON.stringify(outcome);
		expect(answer).not.toContain(SECRET);
		expect(answer).not.toContain(sign(RAW_ORDER));
	});
});

describe('token strategy', () => {
	test('the secret in the Authorization header starts the workflow', async () => {
		const outcome = await trigger('token').deliver({
			rawBody: RAW_ORDER,
			headers: { Authorization: SECRET, 'X-Salla-Security-Strategy': 'Token' },
		});
		expect(outcome.result).toEqual({ workflowData: [[{ json: ORDER }]] });
		expect(outcome.status).toBe(200);
	});

	test.each([
		['another token', { Authorization: OTHER_SECRET }],
		['the secret as a Bearer token', { Authorization: `Bearer ${SECRET}` }],
		['the secret with one character less', { Authorization: SECRET.slice(1) }],
		['the secret in upper case', { Authorization: SECRET.toUpperCase() }],
		['no Authorization header', {}],
		['a valid signature but no token', { 'X-Salla-Signature': sign(RAW_ORDER) }],
	])('%s: 401 and nothing runs', async (_case, headers) => {
		const outcome = await trigger('token').deliver({ rawBody: RAW_ORDER, headers });
		expect({ status: outcome.status, body: outcome.body, items: outcome.items }).toEqual(REFUSED);
	});
});

describe('event filtering', () => {
	test('a verified delivery of an event the user did not pick is acknowledged with 200 and runs nothing', async () => {
		const raw = '{"event":"product.updated","merchant":1234509876,"created_at":"Wed Jun 30 2021","data":{"id":5}}';
		const outcome = await trigger().deliver({ rawBody: raw, headers: { 'X-Salla-Signature': sign(raw) } });
		expect(outcome.result).toEqual({
			webhookResponse: { message: 'Event not selected in this trigger: ignored' },
		});
		expect(outcome.status).toBe(200);
		expect(outcome.items).toBeUndefined();
	});

	test('verification comes first: an unpicked event with a bad signature still gets 401', async () => {
		const raw = '{"event":"product.updated","data":{}}';
		const outcome = await trigger().deliver({ rawBody: raw, headers: { 'X-Salla-Signature': sign(raw, OTHER_SECRET) } });
		expect(outcome.status).toBe(401);
	});

	test('every picked event starts the workflow', async () => {
		const raw = '{"event":"order.status.updated","merchant":1,"created_at":"now","data":{"id":9,"status":{"slug":"completed"}}}';
		const outcome = await trigger().deliver({ rawBody: raw, headers: { 'X-Salla-Signature': sign(raw) } });
		expect(outcome.items).toEqual([
			{ event: 'order.status.updated', merchant: 1, created_at: 'now', data: { id: 9, status: { slug: 'completed' } } },
		]);
	});

	test('a delivery without an event is acknowledged and ignored', async () => {
		const raw = '{"hello":"world"}';
		const outcome = await trigger().deliver({ rawBody: raw, headers: { 'X-Salla-Signature': sign(raw) } });
		expect(outcome.status).toBe(200);
		expect(outcome.items).toBeUndefined();
	});
});

describe('from activation to delivery', () => {
	test('the secret Salla was given at activation is the one that verifies its deliveries', async () => {
		salla('post', '/webhooks/subscribe', 200, { status: 200, success: true, data: { id: 5001, event: 'order.created' } });
		salla('put', '/webhooks/5001', 200, { status: 200, success: true, data: { id: 5001 } });
		const node = new TriggerHarness({ events: ['order.created'] });
		await node.activate();
		const given = (received[1].body as { secret: string }).secret;

		const accepted = await node.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, given) } });
		expect(accepted.items).toEqual([ORDER]);

		// After deactivation the secret is gone and the same delivery is refused.
		salla('delete', '/webhooks/unsubscribe?id=5001', 202, { status: 202, success: true, data: { code: 202 } });
		await node.deactivate();
		const refused = await node.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, given) } });
		expect(refused.status).toBe(401);
	});
});

/** The secret the node gives Salla for a nonce (see deriveSecret in verify.ts). */
const derived = (clientSecret: string, nonce: string) =>
	createHmac('sha256', clientSecret).update(`salla-trigger-webhook-secret:${nonce}`, 'utf8').digest('hex');

describe('the secret at rest', () => {
	async function activated(options: INodeParameters = {}) {
		salla('post', '/webhooks/subscribe', 200, { status: 200, success: true, data: { id: 5001, event: 'order.created' } });
		salla('put', '/webhooks/5001', 200, { status: 200, success: true, data: { id: 5001 } });
		const node = new TriggerHarness({ events: ['order.created'], options });
		await node.activate();
		return { node, given: (received[1].body as { secret: string }).secret };
	}

	test('static data holds nothing that signs a delivery: not the secret, and none of its values works as one', async () => {
		const { node, given } = await activated();
		const stored = JSON.stringify(node.state);
		expect(stored).not.toContain(given);
		const values = Object.values(node.state).filter((value): value is string => typeof value === 'string');
		expect(values.length).toBeGreaterThan(0);
		for (const value of values) {
			const forged = await node.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, value) } });
			expect(forged.status).toBe(401);
			expect(forged.items).toBeUndefined();
		}
		const genuine = await node.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, given) } });
		expect(genuine.items).toEqual([ORDER]);
	});

	test('the secret is HMAC(client secret, nonce): another client secret does not verify', async () => {
		const nonce = 'ab'.repeat(32);
		const state = { 'node:Salla Trigger': { ...stateWith('signature')['node:Salla Trigger'], secret: undefined, nonce } };
		const secret = derived(CLIENT_SECRET, nonce);
		const right = new TriggerHarness({ events: ['order.created'] }, { staticData: state });
		expect(
			(await right.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, secret) } })).items,
		).toEqual([ORDER]);
		const otherApp = new TriggerHarness(
			{ events: ['order.created'] },
			{ staticData: state, credential: sallaCredential({ clientSecret: 'another-app-secret' }) },
		);
		expect(
			(await otherApp.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER, secret) } })).status,
		).toBe(401);
	});

	test('a node activated by an older version (plain secret in static data) keeps verifying until re-activation', async () => {
		const legacy = trigger();
		expect(legacy.state.secret).toBe(SECRET);
		const outcome = await legacy.deliver({ rawBody: RAW_ORDER, headers: { 'X-Salla-Signature': sign(RAW_ORDER) } });
		expect(outcome.items).toEqual([ORDER]);
		// n8n restart: the exists check keeps its webhooks (no new registration) ...
		salla('get', '/webhooks?page=1&per_page=60', 200, {
			status: 200,
			success: true,
			data: [{ id: 1001, event: 'order.created', url: `${NODE_WEBHOOK_URL}?event=order.created` }],
			pagination: { count: 1, total: 1, perPage: 60, currentPage: 1, totalPages: 1 },
		});
		const node = new TriggerHarness({ events: ['order.created'] }, { staticData: stateWith('signature') });
		await expect(node.activate('init')).resolves.toBe('existed');
		// ... and re-activation replaces the plain secret with a nonce.
		salla('delete', '/webhooks/unsubscribe?id=1001', 202, { status: 202, success: true, data: { code: 202 } });
		await node.deactivate();
		expect(node.state.secret).toBeUndefined();
		resetSalla();
		salla('post', '/webhooks/subscribe', 200, { status: 200, success: true, data: { id: 5002, event: 'order.created' } });
		salla('put', '/webhooks/5002', 200, { status: 200, success: true, data: { id: 5002 } });
		await node.activate();
		expect(node.state.secret).toBeUndefined();
		expect(node.state.nonce).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('replays (Refuse Deliveries Older Than)', () => {
	const at = (ms: number) => new Date(Date.now() - ms).toString();
	const raw = (createdAt: string) =>
		`{"event":"order.created","merchant":1234509876,"created_at":${JSON.stringify(createdAt)},"data":{"id":7}}`;
	const deliver = (options: INodeParameters, body: string) =>
		trigger('signature', options).deliver({ rawBody: body, headers: { 'X-Salla-Signature': sign(body) } });
	const IGNORED = (minutes: number) => ({
		webhookResponse: { message: `Delivery older than ${minutes} minutes or without a readable created_at: ignored` },
	});

	test('a verified delivery created longer ago than the limit starts nothing', async () => {
		const outcome = await deliver({ maxAgeMinutes: 30 }, raw(at(31 * 60_000)));
		expect(outcome.result).toEqual(IGNORED(30));
		expect(outcome.status).toBe(200);
		expect(outcome.items).toBeUndefined();
	});

	test('a delivery within the limit starts the workflow, in Salla\'s date format and in ISO 8601', async () => {
		const fresh = raw(at(5 * 60_000));
		expect((await deliver({ maxAgeMinutes: 30 }, fresh)).items).toEqual([JSON.parse(fresh)]);
		const iso = raw(new Date(Date.now() - 60_000).toISOString());
		expect((await deliver({ maxAgeMinutes: 30 }, iso)).items).toEqual([JSON.parse(iso)]);
	});

	test('with the limit set, a delivery without a readable created_at starts nothing', async () => {
		expect((await deliver({ maxAgeMinutes: 30 }, raw('yesterday'))).result).toEqual(IGNORED(30));
		const none = '{"event":"order.created","data":{"id":7}}';
		expect((await deliver({ maxAgeMinutes: 30 }, none)).result).toEqual(IGNORED(30));
	});

	test('off by default: a year-old delivery still starts the workflow', async () => {
		const old = raw(at(365 * 24 * 3_600_000));
		expect((await deliver({}, old)).items).toEqual([JSON.parse(old)]);
	});

	test('the signature is checked first: an old delivery with a bad signature gets 401', async () => {
		const old = raw(at(60 * 60_000));
		const outcome = await trigger('signature', { maxAgeMinutes: 30 }).deliver({
			rawBody: old,
			headers: { 'X-Salla-Signature': sign(old, OTHER_SECRET) },
		});
		expect(outcome.status).toBe(401);
	});
});
