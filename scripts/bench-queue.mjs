#!/usr/bin/env node
// npm run bench:queue [-- --n8n 2.x] [--executions 4] [--items 250] [--workers 2] [--concurrency 2]
//                     [--burst 20] [--per-second 5] [--resource brand|customerGroup]
//                     [--max-wait <seconds>] [--no-build]
// n8n in queue mode (EXECUTIONS_MODE=queue), set up as e2e/queue.e2e.test.mjs does: a redis-server and
// a PostgreSQL cluster of its own, a main `n8n start` and `--workers` `n8n worker --concurrency=<c>`
// processes on one user folder, Salla played by the stand-in with a leaky bucket (by default Salla's
// own: a burst of 20, then 5 requests a second; X-RateLimit-* headers, 429 with Retry-After).
// `--executions` workflows (Webhook → `--items` names → Brand → Create) are started together through
// webhook calls to the main process (`--max-wait`: the Create node's Options → Max Rate Limit Wait,
// 60 s when not given). Prints the load average before the run, the wall time from the
// webhook calls to Salla's last request against the bucket's theoretical minimum
// ((all items − burst) / rate), the 429s the stand-in gave, items lost, records created twice and
// which worker ran which execution. Brand → Create counts against the store's bucket only;
// `--resource customerGroup` would meet Salla's customers limit (500 requests per 10 minutes per IP,
// counted by the node per n8n process) past 500 creates. Needs Debian's redis-server and postgresql.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, sallaCredentialData } from '../harness/credentials.mjs';
import { NODE_TYPE } from '../harness/workflows.mjs';
import { outputNames, QueueCluster, runTogether } from '../harness/queue.mjs';
import { buildPackage, ensureN8n, NEWEST, userFoldersRoot } from '../harness/n8n-env.mjs';

const number = (fallback) => ({ type: 'string', default: String(fallback) });
const { values } = parseArgs({
	options: {
		n8n: { type: 'string', default: NEWEST },
		executions: number(4),
		items: number(250),
		workers: number(2),
		concurrency: number(2),
		burst: number(20),
		'per-second': number(5),
		'max-wait': { type: 'string' },
		resource: { type: 'string', default: 'brand' },
		'no-build': { type: 'boolean', default: false },
	},
});
const line = values.n8n;
const EXECUTIONS = Number(values.executions);
const ITEMS = Number(values.items);
const WORKERS = Number(values.workers);
const CONCURRENCY = Number(values.concurrency);
const BURST = Number(values.burst);
const PER_SECOND = Number(values['per-second']);
const MAX_WAIT = values['max-wait'] === undefined ? undefined : Number(values['max-wait']);
const RESOURCE = values.resource;
const say = (m) => process.stderr.write(`[bench:queue] ${m}\n`);

if (!values['no-build']) {
	say('npm run build');
	buildPackage();
}
ensureN8n(line);

const load = loadavg().map((l) => l.toFixed(2)).join(', ');
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
	const { standin } = cluster;
	standin.addClient(CLIENT_ID, CLIENT_SECRET);
	const total = EXECUTIONS * ITEMS;
	const run = await runTogether(cluster, {
		label: 'Bench',
		executions: EXECUTIONS,
		items: ITEMS,
		tokens: { accessToken: 'at-bench-queue', refreshToken: 'rt-bench-queue' },
		resource: RESOURCE,
		maxRateLimitWait: MAX_WAIT,
		timeoutMs: Math.max(120_000, ((total - BURST) / PER_SECOND) * 4000),
		credentialData: sallaCredentialData,
		nodeType: NODE_TYPE,
		credentialType: CREDENTIAL_TYPE,
	});
	const seconds = run.answerMs / 1000;
	const minimum = Math.max(0, total - BURST) / PER_SECOND;
	const names = run.batches.flat();
	const lost = names.filter((name) => !standin.created.has(name)).length;
	const twice = [...standin.created.values()].filter((n) => n > 1).length;
	const complete = run.executions.filter((e) => run.batches.some((b) => b.join('|') === outputNames(e).join('|'))).length;
	const ranBy = cluster.ranBy();
	const statuses = run.executions.map((e) => `${e.id} ${e.status} on ${ranBy.get(e.id)?.join('+') ?? '?'}`).join(', ');
	console.log(`n8n ${line} queue mode: ${WORKERS} workers × concurrency ${CONCURRENCY}, ${EXECUTIONS} executions × ${ITEMS} ${RESOURCE} creates = ${total}, Max Rate Limit Wait ${MAX_WAIT ?? 60} s`);
	console.log(`load average before the run: ${load}`);
	console.log(`stand-in bucket: burst ${BURST}, then ${PER_SECOND}/s; theoretical minimum ${minimum.toFixed(1)} s`);
	console.log(`total time:       ${seconds.toFixed(1)} s (${(seconds / minimum).toFixed(2)}× the minimum); executions read back after ${(run.ms / 1000).toFixed(1)} s`);
	console.log(`429s from Salla:  ${standin.limited} (of ${standin.apiRequests} API requests)`);
	console.log(`executions:       ${statuses}`);
	console.log(`items lost:       ${lost}; records created twice: ${twice}; outputs complete and in order: ${complete} of ${EXECUTIONS}`);
	for (const e of run.executions.filter((x) => x.status !== 'success')) {
		const error = e.data?.resultData?.error;
		console.log(`execution ${e.id} failed at item ${error?.context?.itemIndex ?? '?'}: ${error?.message ?? '?'}: ${error?.description ?? ''}`);
	}
} finally {
	await cluster.stop();
}
