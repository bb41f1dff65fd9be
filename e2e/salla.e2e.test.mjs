// End-to-end: this package inside a real n8n application (the line named by E2E_N8N_LINE), loaded
// from <user folder>/.n8n/nodes/node_modules like an installed community package, driven through
// n8n's CLI (import:credentials, import:workflow, execute, export:credentials), talking HTTPS to a
// Salla stand-in that records every request. Run it with `npm run test:e2e`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	CLIENT_ID,
	CLIENT_SECRET,
	CREDENTIAL_TYPE,
	decryptCredentialData,
	encryptCredentialData,
	sallaCredentialData,
} from '../harness/credentials.mjs';
import { N8nUnderTest, outputOf } from '../harness/n8n.mjs';
import { itemsFrom, manualTrigger, sallaCreateNode, workflow } from '../harness/workflows.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';

const CRED_MAIN = { id: 'SallaE2eMain0001', name: 'Salla (e2e, valid token)', type: CREDENTIAL_TYPE };
const CRED_EXPIRED = { id: 'SallaE2eExpired1', name: 'Salla (e2e, expired token)', type: CREDENTIAL_TYPE };
const MAIN_TOKENS = { accessToken: 'at-valid-main', refreshToken: 'rt-main-unused' };
const EXPIRED_TOKENS = { accessToken: 'at-expired', refreshToken: 'rt-chain-1' };

const WF = {
	create: 'SallaE2eCreate01',
	perItem: 'SallaE2ePerItem1',
	invalid: 'SallaE2e422Field',
	refresh: 'SallaE2eRefresh1',
};

const PER_ITEM = [
	{ name: 'Gold', minSales: 5000, methods: ['mada', 'credit_card'] },
	{ name: 'Silver', minSales: 1000, methods: ['mada'] },
	{ name: 'Bronze', minSales: 100, methods: ['cod'] },
];

function workflows() {
	return [
		workflow(WF.create, 'e2e: create with conditions and features', [
			[
				manualTrigger(),
				sallaCreateNode('Create VIP group', CRED_MAIN, {
					name: 'VIP customers',
					conditions: {
						condition: [
							{ type: 'total_sales', symbol: '>', value: 1000 },
							{ type: 'total_orders', symbol: 'between', min_value: 5, max_value: 20 },
						],
					},
					features: { payment_method: ['mada', 'cod'], shipping: 'all' },
				}),
			],
		]),
		workflow(WF.perItem, 'e2e: per-item expressions', [
			[
				manualTrigger(),
				...itemsFrom(PER_ITEM, 'Tiers'),
				sallaCreateNode('Create tier groups', CRED_MAIN, {
					name: '={{ $json.name }}',
					conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ $json.minSales }}' }] },
					features: { payment_method: '={{ $json.methods }}' },
				}),
			],
		]),
		workflow(WF.invalid, 'e2e: 422 with fields', [
			[
				manualTrigger(),
				sallaCreateNode('Create duplicate group', CRED_MAIN, {
					name: 'Wholesale',
					features: { payment_method: ['mada', 'bitcoin'] },
				}),
			],
		]),
		workflow(WF.refresh, 'e2e: expired token refreshed', [
			[manualTrigger(), sallaCreateNode('Create with expired token', CRED_EXPIRED, { name: 'Returning customers' })],
		]),
	];
}

const apiRequests = (n8n) => n8n.standin.requests.filter((r) => r.host === 'api.salla.dev');

function assertSallaPost(request, { token, body }) {
	assert.equal(request.host, 'api.salla.dev');
	assert.equal(request.servername, 'api.salla.dev', 'TLS SNI is Salla\'s host: real HTTPS');
	assert.equal(request.method, 'POST');
	assert.equal(request.path, '/admin/v2/customers/groups');
	assert.deepEqual(request.query, {});
	assert.equal(request.headers.authorization, `Bearer ${token}`);
	assert.match(request.headers['content-type'], /^application\/json/);
	assert.equal(request.headers.accept, 'application/json');
	assert.deepEqual(request.body, body);
}

describe(`Salla node in n8n ${LINE}`, { concurrency: false }, () => {
	/** @type {N8nUnderTest} */
	let n8n;
	const imported = {};

	before(async () => {
		n8n = await new N8nUnderTest(LINE).start();
		const { standin } = n8n;
		standin.addClient(CLIENT_ID, CLIENT_SECRET);
		standin.addAccessToken(MAIN_TOKENS.accessToken);
		standin.addAccessToken(EXPIRED_TOKENS.accessToken, 'expired');
		standin.addRefreshToken(EXPIRED_TOKENS.refreshToken);
		standin.addExistingGroup('Wholesale');

		imported.main = sallaCredentialData(MAIN_TOKENS);
		imported.expired = sallaCredentialData(EXPIRED_TOKENS);
		// exactly what n8n keeps in its credentials_entity table: the data encrypted with the
		// instance's key (import:credentials stores a string as it is)
		await n8n.importCredentials([
			{ ...CRED_MAIN, data: encryptCredentialData(imported.main, n8n.encryptionKey) },
			{ ...CRED_EXPIRED, data: encryptCredentialData(imported.expired, n8n.encryptionKey) },
		]);
		await n8n.importWorkflows(workflows());
	});

	after(async () => {
		await n8n?.stop();
	});

	test('the package is installed as a community package and its node type is n8n-nodes-salla-merchant.salla', () => {
		assert.match(n8n.packageDir, /\.n8n\/nodes\/node_modules\/n8n-nodes-salla-merchant$/);
	});

	test('Create with conditions and features sends Salla\'s body and outputs data', async () => {
		n8n.standin.requests.length = 0;
		const { run, runData, error, stdout, stderr } = await n8n.execute(WF.create);
		assert.equal(error, undefined, `execution failed: ${JSON.stringify(error)}\n${stderr}`);
		assert.equal(run.status ?? 'success', 'success');
		const requests = apiRequests(n8n);
		assert.equal(requests.length, 1, JSON.stringify(requests.map((r) => r.path)));
		assertSallaPost(requests[0], {
			token: MAIN_TOKENS.accessToken,
			body: {
				name: 'VIP customers',
				conditions: [
					{ type: 'total_sales', symbol: '>', value: 1000 },
					{ type: 'total_orders', symbol: 'between', min_value: 5, max_value: 20 },
				],
				features: { payment_method: ['mada', 'cod'], shipping: ['all'] },
			},
		});
		const items = outputOf(runData, 'Create VIP group');
		assert.equal(items.length, 1, stdout.slice(-2000));
		assert.deepEqual(items[0].json, { id: n8n.standin.groups.get('VIP customers'), name: 'VIP customers' });
	});

	test('per-item expressions: one request per input item, outputs in input order', async () => {
		n8n.standin.requests.length = 0;
		const { runData, error, stderr } = await n8n.execute(WF.perItem);
		assert.equal(error, undefined, `execution failed: ${JSON.stringify(error)}\n${stderr}`);
		const requests = apiRequests(n8n);
		assert.equal(requests.length, PER_ITEM.length);
		for (const tier of PER_ITEM) {
			const request = requests.find((r) => r.body?.name === tier.name);
			assert.ok(request, `no request for ${tier.name}`);
			assertSallaPost(request, {
				token: MAIN_TOKENS.accessToken,
				body: {
					name: tier.name,
					conditions: [{ type: 'total_sales', symbol: '>', value: tier.minSales }],
					features: { payment_method: tier.methods },
				},
			});
		}
		const items = outputOf(runData, 'Create tier groups');
		assert.deepEqual(
			items.map((i) => i.json),
			PER_ITEM.map((t) => ({ id: n8n.standin.groups.get(t.name), name: t.name })),
		);
		assert.deepEqual(
			items.map((i) => i.pairedItem),
			PER_ITEM.map((_, item) => ({ item })),
		);
	});

	test('a 422 reaches the user with Salla\'s fields', async () => {
		n8n.standin.requests.length = 0;
		const { runData, error, code } = await n8n.execute(WF.invalid);
		assert.notEqual(code, 0, 'n8n execute exits non-zero on a failed workflow');
		const requests = apiRequests(n8n);
		assert.equal(requests.length, 1);
		assertSallaPost(requests[0], {
			token: MAIN_TOKENS.accessToken,
			body: { name: 'Wholesale', features: { payment_method: ['mada', 'bitcoin'] } },
		});
		assert.equal(requests[0].response.status, 422);
		const nodeError = runData['Create duplicate group']?.[0]?.error;
		assert.ok(nodeError, `no node error in the run: ${JSON.stringify(error)}`);
		assert.ok(error, 'the execution is marked failed');
		assert.equal(String(nodeError.httpCode), '422');
		const shown = `${nodeError.message}\n${nodeError.description ?? ''}`;
		assert.match(shown, /422/);
		assert.match(shown, /name: The name has already been taken\./);
		assert.match(shown, /features\.payment_method\.1: The selected features\.payment_method\.1 is invalid\./);
		assert.doesNotMatch(JSON.stringify(nodeError), new RegExp(MAIN_TOKENS.accessToken), 'the token never reaches the error');
	});

	test('an expired access token is refreshed at Salla\'s token endpoint and the request retried', async () => {
		n8n.standin.requests.length = 0;
		const { runData, error, stderr } = await n8n.execute(WF.refresh);
		assert.equal(error, undefined, `execution failed: ${JSON.stringify(error)}\n${stderr}`);
		const seen = n8n.standin.requests;
		assert.deepEqual(
			seen.map((r) => `${r.method} https://${r.host}${r.path} -> ${r.response.status}`),
			[
				'POST https://api.salla.dev/admin/v2/customers/groups -> 401',
				'POST https://accounts.salla.sa/oauth2/token -> 200',
				'POST https://api.salla.dev/admin/v2/customers/groups -> 201',
			],
		);
		const [first, tokenCall, retry] = seen;
		assertSallaPost(first, { token: EXPIRED_TOKENS.accessToken, body: { name: 'Returning customers' } });
		assert.equal(tokenCall.servername, 'accounts.salla.sa');
		assert.match(tokenCall.headers['content-type'], /^application\/x-www-form-urlencoded/);
		assert.deepEqual(tokenCall.body, {
			grant_type: 'refresh_token',
			refresh_token: EXPIRED_TOKENS.refreshToken,
			client_id: CLIENT_ID,
			client_secret: CLIENT_SECRET,
		});
		assert.equal(tokenCall.headers.authorization, undefined, 'client credentials go in the body, not Basic auth');
		const issued = tokenCall.response.body;
		assertSallaPost(retry, { token: issued.access_token, body: { name: 'Returning customers' } });
		assert.deepEqual(outputOf(runData, 'Create with expired token').map((i) => i.json), [
			{ id: n8n.standin.groups.get('Returning customers'), name: 'Returning customers' },
		]);
		imported.refreshedTo = issued;
	});

	test('credentials as n8n stores them: imported encrypted, read back by n8n, refreshed tokens saved', async () => {
		const decrypted = await n8n.exportCredentials({ decrypted: true });
		const main = decrypted.find((c) => c.id === CRED_MAIN.id);
		assert.equal(main.type, CREDENTIAL_TYPE);
		assert.equal(main.name, CRED_MAIN.name);
		assert.deepEqual(main.data, imported.main, 'n8n decrypts what was imported, field for field');

		const expired = decrypted.find((c) => c.id === CRED_EXPIRED.id);
		assert.ok(imported.refreshedTo, 'the refresh test ran first');
		// Salla's refresh tokens are single-use: the new pair must be what n8n keeps
		assert.equal(expired.data.oauthTokenData.access_token, imported.refreshedTo.access_token);
		assert.equal(expired.data.oauthTokenData.refresh_token, imported.refreshedTo.refresh_token);
		assert.equal(expired.data.clientId, CLIENT_ID);
		assert.equal(expired.data.clientSecret, CLIENT_SECRET);

		// the other way round: what n8n itself encrypted after the refresh decrypts with this suite's
		// reading of n8n's storage format, so the imported fixtures really are in n8n's format
		const stored = await n8n.exportCredentials({ decrypted: false });
		const storedExpired = stored.find((c) => c.id === CRED_EXPIRED.id);
		assert.equal(typeof storedExpired.data, 'string');
		assert.deepEqual(decryptCredentialData(storedExpired.data, n8n.encryptionKey), expired.data);
	});
});
