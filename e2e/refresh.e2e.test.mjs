// End-to-end: an access token that expires in the middle of a run, in a real n8n (the line named by
// E2E_N8N_LINE). Salla's refresh tokens work once: a second refresh with the same one is refused
// (invalid_grant) and revokes the chain, so the merchant must reconnect. Every supported n8n line
// must refresh exactly once, however many requests were in flight when the token expired, and every
// item must succeed. (n8n 1.x refreshed once per failed request: 10 refreshes, the run failed and the
// credential died. That is why the supported range starts at n8n 2.30.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, credentialToImport } from '../harness/credentials.mjs';
import { N8nUnderTest, outputOf } from '../harness/n8n.mjs';
import { itemsFrom, manualTrigger, sallaCreateNode, workflow } from '../harness/workflows.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';
const CRED = { id: 'SallaE2eMidRun01', name: 'Salla (e2e, token expires mid-run)', type: CREDENTIAL_TYPE };
const TOKENS = { accessToken: 'at-expires-mid-run', refreshToken: 'rt-mid-run-1' };
const WF_ID = 'SallaE2eMidRun01';
const NAMES = Array.from({ length: 60 }, (_, index) => `Mid-run group ${index + 1}`);

describe(`a token that expires mid-run, in n8n ${LINE}`, { concurrency: false }, () => {
	/** @type {N8nUnderTest} */
	let n8n;

	before(async () => {
		n8n = await new N8nUnderTest(LINE).start();
		const { standin } = n8n;
		standin.addClient(CLIENT_ID, CLIENT_SECRET);
		standin.addAccessToken(TOKENS.accessToken);
		standin.addRefreshToken(TOKENS.refreshToken);
		// Expires after the 15th request, while the node has more in flight; answers take long enough
		// for requests and refreshes to overlap.
		standin.expireAfter(TOKENS.accessToken, 15);
		standin.apiDelayMs = 40;
		standin.tokenDelayMs = 300;
		await n8n.importCredentials([credentialToImport(CRED, TOKENS, n8n.encryptionKey)]);
		await n8n.importWorkflows([
			workflow(WF_ID, 'e2e: token expires mid-run', [
				[manualTrigger(), ...itemsFrom(NAMES, 'Groups'), sallaCreateNode('Create 60 groups', CRED, { name: '={{ $json.list }}' })],
			]),
		]);
	});

	after(async () => {
		await n8n?.stop();
	});

	test('60 creates: exactly one refresh at Salla, every item created once, the new pair stored', async () => {
		n8n.standin.requests.length = 0;
		const { runData, error, stderr } = await n8n.execute(WF_ID);
		const seen = n8n.standin.requests;
		const refreshes = seen.filter((r) => r.host === 'accounts.salla.sa');
		assert.equal(refreshes.length, 1, `refresh requests at Salla: ${refreshes.map((r) => `${r.body?.refresh_token} -> ${r.response.status}`).join(', ')}`);
		assert.equal(refreshes[0].body.refresh_token, TOKENS.refreshToken);
		assert.equal(refreshes[0].response.status, 200);
		assert.equal(error, undefined, `execution failed: ${JSON.stringify(error)}\n${stderr.slice(-3000)}`);

		const creates = seen.filter((r) => r.host === 'api.salla.dev' && r.response.status === 201);
		assert.deepEqual(creates.map((r) => r.body.name).sort(), [...NAMES].sort(), 'each group created exactly once');
		assert.ok(seen.some((r) => r.host === 'api.salla.dev' && r.response.status === 401), 'the token did expire mid-run');
		const items = outputOf(runData, 'Create 60 groups');
		assert.deepEqual(items.map((item) => item.json.name), NAMES);

		const [stored] = (await n8n.exportCredentials({ decrypted: true })).filter((c) => c.id === CRED.id);
		assert.equal(stored.data.oauthTokenData.refresh_token, refreshes[0].response.body.refresh_token);
	});
});
