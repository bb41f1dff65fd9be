// End-to-end: the package in n8n's queue mode (EXECUTIONS_MODE=queue), on the 2.x line (n8n 2.41.1)
// only. A redis-server of the test's own (free port, no persistence), a PostgreSQL cluster of its
// own (n8n's SQLite has no busy timeout: with a main and two workers writing executions, runs failed
// with SQLITE_BUSY), one main `n8n start` and two `n8n worker --concurrency=2` processes sharing one
// user folder, database and encryption key; Salla played by the stand-in with a leaky bucket (a
// burst of 20, then QUEUE_E2E_PER_SECOND a second, 40 by default, X-RateLimit-* headers, 429 with
// Retry-After). Four workflows (Webhook → 250 names → Brand → Create, Max Rate Limit Wait 600 s)
// are activated through the main process's REST API and started together by four webhook calls;
// the workers run them.
// Asserts correctness (timing against Salla's own 5 a second is `npm run bench:queue`):
// 1. 4 × 250 creates: every brand created exactly once, every execution succeeded with its 250
//    items in order, each execution run by one worker only, both workers ran executions;
// 2. the access token expiring mid-run while both workers are sending: Salla receives exactly one
//    refresh (n8n holds a lock in Redis around an OAuth2 refresh in queue mode), and everything as in 1.
//
// Brand → Create, not Customer Group → Create: customers endpoints are limited by Salla to 500
// requests per 10 minutes per IP address, which the node counts per n8n process; 2,000 creates
// (plus the 429s retried) would meet that window. Brands count against the store's bucket only.
//
// Needs Debian's redis-server and postgresql: `npm run test:e2e` (scripts/test-e2e.mjs) and .ci/run
// install them when missing on a Debian machine where they run as root.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, sallaCredentialData } from '../harness/credentials.mjs';
import { NODE_TYPE } from '../harness/workflows.mjs';
import { outputNames, QueueCluster, runTogether } from '../harness/queue.mjs';
import { postgresBinDir, redisServerBinary } from '../harness/services.mjs';
import { userFoldersRoot } from '../harness/n8n-env.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';
const EXECUTIONS = 4;
const ITEMS = 250;
const WORKERS = 2;
const PER_SECOND = Number(process.env.QUEUE_E2E_PER_SECOND || 40);
const say = (m) => process.stderr.write(`[e2e queue ${LINE}] ${m}\n`);
const skip =
	LINE !== '2.x'
		? `queue mode is tested on the 2.x line (n8n 2.41.1) only, not on "${LINE}": one line keeps the suite's time down; n8n 2.30.8's source holds the same Redis lock around an OAuth2 refresh`
		: false;

describe(`the package in n8n ${LINE} queue mode (main + ${WORKERS} workers, Redis, PostgreSQL)`, { concurrency: false, skip }, () => {
	/** @type {QueueCluster} */
	let cluster;

	before(async () => {
		if (!redisServerBinary() || !postgresBinDir()) {
			assert.fail('queue mode needs Debian\'s redis-server and postgresql: apt-get install -y redis-server postgresql (npm run test:e2e installs them itself when run as root on Debian)');
		}
		const t0 = Date.now();
		// assigned before start(), so that after() stops whatever did start when a later step fails
		cluster = new QueueCluster(LINE, {
			dataDir: join(userFoldersRoot(), `e2e-queue-${LINE}`),
			workers: WORKERS,
			concurrency: 2,
			burst: 20,
			perSecond: PER_SECOND,
		});
		await cluster.start();
		cluster.standin.addClient(CLIENT_ID, CLIENT_SECRET);
		say(`main ready in ${cluster.timings.mainMs} ms (migrations included), ${WORKERS} workers in ${cluster.timings.workersMs} ms; all in ${Date.now() - t0} ms`);
	});

	after(async () => {
		await cluster?.stop();
		// the processes' logs, for a failed run
		if (existsSync(cluster?.dataDir ?? '')) for (const [name, log] of Object.entries(cluster.logs())) writeFileSync(join(cluster.dataDir, `${name}.log`), log);
	});

	const run = (label, tokens, beforeStart) =>
		runTogether(cluster, {
			label,
			executions: EXECUTIONS,
			items: ITEMS,
			tokens,
			beforeStart,
			// Max Rate Limit Wait left at its default (60 s): the workers' 429s count only against the
			// requests next in line, so a run longer than a minute does not fail its last items
			timeoutMs: 150_000,
			credentialData: sallaCredentialData,
			nodeType: NODE_TYPE,
			credentialType: CREDENTIAL_TYPE,
		});

	function assertAllCreatedOnce(label, { batches, executions }) {
		const { standin } = cluster;
		assert.equal(executions.length, EXECUTIONS, `executions: ${executions.map((e) => `${e.id}:${e.status}`).join(', ')}`);
		for (const execution of executions) {
			const error = execution.data?.resultData?.error;
			assert.equal(execution.status, 'success', `execution ${execution.id}: ${JSON.stringify(error ?? execution.data)?.slice(0, 3000)}`);
		}
		// each execution's output: one of the batches, complete and in item order
		assert.deepEqual(
			executions.map((e) => outputNames(e).join('|')).sort(),
			batches.map((names) => names.join('|')).sort(),
			`each execution output its ${ITEMS} brands in item order`,
		);
		const lost = batches.flat().filter((name) => !standin.created.has(name));
		const twice = [...standin.created].filter(([name, n]) => name.startsWith(`${label} `) && n > 1);
		assert.deepEqual(lost, [], '0 items lost');
		assert.deepEqual(twice, [], '0 brands created twice');
		// each execution run by exactly one worker; both workers ran some
		const ranBy = cluster.ranBy();
		const by = executions.map((e) => [e.id, ranBy.get(e.id) ?? []]);
		for (const [id, names] of by) assert.equal(names.length, 1, `execution ${id} started on: ${names.join(', ') || 'no worker'}`);
		const busy = new Set(by.map(([, names]) => names[0]));
		assert.equal(busy.size, WORKERS, `both workers ran executions: ${by.map(([id, names]) => `${id}→${names[0]}`).join(', ')}`);
		return by.map(([id, names]) => `${id}→${names[0]}`).join(', ');
	}

	test(`4 × ${ITEMS} Brand → Create on ${WORKERS} workers: 0 lost, 0 created twice, each output complete and in order`, async () => {
		const r = await run('plain', { accessToken: 'at-queue-plain', refreshToken: 'rt-queue-plain' });
		const refreshes = cluster.standin.requests.filter((q) => q.host === 'accounts.salla.sa').length;
		const spread = assertAllCreatedOnce('plain', r);
		say(`plain: ${r.ms} ms (Salla's last request at ${r.answerMs} ms), ${cluster.standin.limited} × 429 of ${cluster.standin.apiRequests} API requests, ${refreshes} refreshes; executions: ${spread}`);
		assert.equal(refreshes, 0);
	});

	test('the access token expires mid-run on both workers: exactly one refresh at Salla, 0 lost, 0 created twice', async () => {
		const tokens = { accessToken: 'at-queue-expiring', refreshToken: 'rt-queue-expiring-1' };
		const r = await run('expiring', tokens, () => {
			// expires after the 100th accepted API request, when all four executions are sending; the
			// token endpoint answers after 3 s (n8n's lock waits up to 10 s), so that the other worker,
			// even if it was waiting out a 429 then, sends with the expired token while one refreshes
			// (with 500 ms, one run out of five saw 401s on one worker only)
			cluster.standin.expireAfter(tokens.accessToken, 100);
			cluster.standin.tokenDelayMs = 3000;
		});
		const seen = cluster.standin.requests;
		const refreshes = seen.filter((q) => q.host === 'accounts.salla.sa');
		const expired = seen.filter((q) => q.host === 'api.salla.dev' && q.response.status === 401);
		say(
			`expiring: ${r.ms} ms, ${cluster.standin.limited} × 429, ${expired.length} × 401 after expiry, refreshes: ${refreshes.map((q) => `${q.body?.refresh_token}->${q.response.status}`).join(', ')}`,
		);
		const spread = assertAllCreatedOnce('expiring', r);
		// which worker sent each request that met the expired token: its brand's batch → the execution that output it → the worker
		const ranBy = cluster.ranBy();
		const workerOfBatch = new Map(r.executions.map((e) => [outputNames(e)[0]?.split(' ')[1]?.split('-')[0], ranBy.get(e.id)?.[0]]));
		const expiredBy = new Map();
		for (const q of expired) {
			const worker = workerOfBatch.get(String(q.body?.name ?? '').split(' ')[1]?.split('-')[0]) ?? '?';
			expiredBy.set(worker, (expiredBy.get(worker) ?? 0) + 1);
		}
		say(`expiring: executions ${spread}; 401s by worker: ${[...expiredBy].map(([w, n]) => `${w} ${n}`).join(', ')}`);
		assert.equal(expiredBy.size, WORKERS, 'the expired token met on both workers');
		assert.equal(refreshes.length, 1, `refresh requests at Salla: ${refreshes.map((q) => `${q.body?.refresh_token} -> ${q.response.status}`).join(', ')}`);
		assert.equal(refreshes[0].body.refresh_token, tokens.refreshToken);
		assert.equal(refreshes[0].response.status, 200);
	});
});
