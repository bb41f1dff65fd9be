#!/usr/bin/env node
// npm run bench:queue [-- --n8n 2.x] [--executions 4] [--items 125] [--workers 2] [--concurrency 2]
//                     [--burst 20] [--per-second 5] [--no-build]
// n8n in queue mode (EXECUTIONS_MODE=queue): a redis-server of its own, a main `n8n start` and
// `--workers` `n8n worker --concurrency=<c>` processes on one user folder, Salla played by the
// stand-in with a leaky bucket (a burst of 20, then 5 requests a second, X-RateLimit-* headers,
// 429 with Retry-After). `--executions` workflows (Webhook → `--items` names → Customer Group →
// Create) are started together through webhook calls to the main process. Prints the wall time
// from the webhook calls to the last execution saved, the bucket's theoretical minimum
// ((all items − burst) / rate), the 429s the stand-in gave, items lost and groups created twice.
// Needs Debian's redis-server (apt-get install -y redis-server).
import { join } from 'node:path';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, NODE_TYPE, sallaCredentialData } from '../e2e/lib/harness.mjs';
import { QueueCluster, webhookWorkflow, waitForWebhook } from '../e2e/queue-lib.mjs';
import { NEWEST, buildPackage, ensureN8n, parseLineArg, userFoldersRoot } from './lib/n8n-env.mjs';

const argv = process.argv.slice(2);
const line = parseLineArg(argv, NEWEST);
const arg = (name, fallback) => {
	const at = argv.indexOf(`--${name}`);
	return at === -1 ? fallback : Number(argv[at + 1]);
};
const EXECUTIONS = arg('executions', 4);
const ITEMS = arg('items', 125);
const WORKERS = arg('workers', 2);
const CONCURRENCY = arg('concurrency', 2);
const BURST = arg('burst', 20);
const PER_SECOND = arg('per-second', 5);
const say = (m) => process.stderr.write(`[bench:queue] ${m}\n`);

if (!argv.includes('--no-build')) {
	say('npm run build');
	buildPackage();
}
ensureN8n(line);

const cluster = new QueueCluster(line, {
	dataDir: join(userFoldersRoot(), `bench-queue-${line}`),
	workers: WORKERS,
	concurrency: CONCURRENCY,
	burst: BURST,
	perSecond: PER_SECOND,
});
try {
	const t0 = Date.now();
	await cluster.start();
	say(`main + ${WORKERS} workers (concurrency ${CONCURRENCY}) ready in ${Date.now() - t0} ms`);
	const { server, standin } = cluster;
	const tokens = { accessToken: 'at-bench-queue', refreshToken: 'rt-bench-queue' };
	standin.addClient(CLIENT_ID, CLIENT_SECRET);
	standin.addAccessToken(tokens.accessToken);
	standin.addRefreshToken(tokens.refreshToken);
	const credential = await server.mustRest('POST', '/credentials', { name: 'Salla (bench queue)', type: CREDENTIAL_TYPE, data: sallaCredentialData(tokens) });
	const batches = Array.from({ length: EXECUTIONS }, (_, b) => Array.from({ length: ITEMS }, (_, i) => `Bench ${b + 1}-${i + 1}`));
	const ids = [];
	for (const [b, list] of batches.entries()) {
		const wf = webhookWorkflow({ id: `bench-${b}`, name: `bench queue ${b + 1}`, path: `bench-queue-${b + 1}`, list, credential, nodeType: NODE_TYPE, credentialType: CREDENTIAL_TYPE });
		const created = await server.mustRest('POST', '/workflows', wf);
		await server.activate(created.id);
		await waitForWebhook(server.baseUrl, `bench-queue-${b + 1}`);
		ids.push(created.id);
	}
	standin.requests.length = 0;
	await new Promise((resolve) => setTimeout(resolve, (BURST / PER_SECOND) * 1000 + 500));
	standin.resetBucket();
	const started = Date.now();
	await Promise.all(batches.map((_, b) => fetch(`${server.baseUrl}/webhook/bench-queue-${b + 1}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })));
	const executions = [];
	const total = EXECUTIONS * ITEMS;
	const timeoutMs = Math.max(120_000, ((total - BURST) / PER_SECOND) * 4000);
	for (const id of ids) executions.push(...(await server.waitForExecutions(id, 1, { timeoutMs })));
	// the wall time of the runs: from the webhook calls to the last answer Salla gave
	const lastAnswer = Math.max(...standin.requests.map((r) => r.at));
	const seconds = (lastAnswer - started) / 1000;
	const minimum = Math.max(0, total - BURST) / PER_SECOND;
	const names = batches.flat();
	const lost = names.filter((name) => !standin.created.has(name)).length;
	const twice = [...standin.created.values()].filter((n) => n > 1).length;
	const failedItems = executions
		.map((e) => (e.data?.resultData?.runData?.['Create groups']?.[0]?.data?.main?.[0] ?? []).filter((item) => item.json?.error).length)
		.reduce((a, b) => a + b, 0);
	const statuses = executions.map((e) => e.status).join(', ');
	const apiRequests = standin.requests.filter((r) => r.host === 'api.salla.dev').length;
	console.log(`n8n ${line} queue mode: ${WORKERS} workers × concurrency ${CONCURRENCY}, ${EXECUTIONS} executions × ${ITEMS} items = ${total} creates`);
	console.log(`stand-in bucket: burst ${BURST}, then ${PER_SECOND}/s; theoretical minimum ${minimum.toFixed(1)} s`);
	console.log(`total time:       ${seconds.toFixed(1)} s (${Math.round((seconds / minimum) * 100)}% of the minimum)`);
	console.log(`429s from Salla:  ${standin.limited} (of ${apiRequests} API requests)`);
	console.log(`executions:       ${statuses}`);
	console.log(`items lost:       ${lost}; failed items in outputs: ${failedItems}; groups created twice: ${twice}`);
} finally {
	await cluster.stop();
}
