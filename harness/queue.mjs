// Queue mode (EXECUTIONS_MODE=queue) for the e2e test e2e/queue.e2e.test.mjs and the benchmark
// scripts/bench-queue.mjs: a redis-server and a PostgreSQL cluster of its own (./services.mjs),
// an `n8n start` main process and `n8n worker` processes sharing one user
// folder, database and encryption key, and a Salla stand-in that enforces a leaky bucket (burst,
// then N a second) with Salla's X-RateLimit-* headers and 429 Retry-After, as bench/rate-limit.js
// does in-process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { N8nServer, N8nUnderTest, sleep, stopChild } from './n8n.mjs';
import { PostgresUnderTest, RedisUnderTest } from './services.mjs';
import { SallaStandin } from './standin/salla-standin.mjs';
import { freePort, n8nBin, nodeBinary } from './n8n-env.mjs';
import { itemsFrom, webhookTrigger, workflow } from './workflows.mjs';

/**
 * The Salla stand-in with a leaky bucket in front of the API host: `burst` requests at once, then
 * `perSecond` a second; X-RateLimit-Limit/Remaining/Reset on every API answer, Retry-After on a 429.
 * Counts the 429s it gave
 * and every group or brand it created (name -> times; Salla does not refuse a brand name twice,
 * so a brand sent twice shows here as 2).
 */
export class BucketStandin extends SallaStandin {
	constructor(opts, { burst = 20, perSecond = 5 } = {}) {
		super(opts);
		this.burst = burst;
		this.perSecond = perSecond;
		this.resetBucket();
	}

	resetBucket() {
		this.level = 0;
		this.last = Date.now();
		this.limited = 0;
		this.created = new Map();
		this.apiRequests = 0;
	}

	/** Runs the bucket for one API request: [extra headers, refused?]. */
	bucket() {
		const now = Date.now();
		this.level = Math.max(0, this.level - ((now - this.last) / 1000) * this.perSecond);
		this.last = now;
		const limits = (remaining) => ({
			'x-ratelimit-limit': String(this.burst),
			'x-ratelimit-remaining': String(remaining),
			'x-ratelimit-reset': String(Math.ceil((now + (this.level / this.perSecond) * 1000) / 1000)),
		});
		if (this.level + 1 > this.burst) {
			this.limited++;
			return [{ ...limits(0), 'retry-after': String(Math.max(1, Math.ceil((this.level + 1 - this.burst) / this.perSecond))) }, true];
		}
		this.level += 1;
		return [limits(Math.floor(this.burst - this.level)), false];
	}

	/** Salla's bucket in front of the API host; counts every group or brand created. */
	answer(entry) {
		if (entry.host !== 'api.salla.dev') return this.route(entry);
		this.apiRequests++;
		const [headers, refused] = this.bucket();
		if (refused) return [429, { status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } }, headers];
		const [status, body] = this.route(entry);
		if (status === 201 && ['/admin/v2/customers/groups', '/admin/v2/brands'].includes(entry.path)) this.created.set(entry.body.name, (this.created.get(entry.body.name) ?? 0) + 1);
		return [status, body, headers];
	}
}

/** One `n8n worker` process on the shared user folder. */
export class N8nWorker {
	constructor(n8n, { concurrency, name }) {
		this.n8n = n8n;
		this.concurrency = concurrency;
		this.name = name;
		this.log = '';
	}

	async start({ timeoutMs = 180_000 } = {}) {
		const t0 = Date.now();
		this.child = spawn(nodeBinary(this.n8n.line), [n8nBin(this.n8n.line), 'worker', `--concurrency=${this.concurrency}`], {
			env: {
				...this.n8n.env,
				N8N_LOG_LEVEL: 'info',
				N8N_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'false',
				QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			cwd: this.n8n.dataDir,
		});
		this.child.stdout.on('data', (d) => (this.log += d));
		this.child.stderr.on('data', (d) => (this.log += d));
		this.exited = new Promise((resolve) => this.child.on('exit', resolve));
		while (!/n8n worker is now ready/.test(this.log)) {
			if (this.child.exitCode !== null) throw new Error(`n8n worker exited ${this.child.exitCode}\n${this.log.slice(-4000)}`);
			if (Date.now() - t0 > timeoutMs) throw new Error(`n8n worker not ready after ${timeoutMs} ms\n${this.log.slice(-4000)}`);
			await sleep(100);
		}
		this.startMs = Date.now() - t0;
		return this;
	}

	async stop() {
		await stopChild(this.child, this.exited);
	}
}

/**
 * Redis, PostgreSQL, the stand-in with its bucket, a main `n8n start` and `workers` `n8n worker`
 * processes, all in queue mode on one user folder and database. The owner is set up on the main process.
 */
export class QueueCluster {
	constructor(line, { dataDir, workers = 2, concurrency = 2, burst = 20, perSecond = 5, record = true }) {
		this.line = line;
		this.dataDir = dataDir;
		this.workerCount = workers;
		this.concurrency = concurrency;
		this.bucket = { burst, perSecond };
		this.record = record;
		this.workers = [];
		this.timings = {};
	}

	async start() {
		rmSync(this.dataDir, { recursive: true, force: true });
		this.redis = await new RedisUnderTest(join(this.dataDir, 'redis')).start();
		// PostgreSQL runs as the `postgres` user when we are root, and that user cannot enter root's
		// home (0700), where the n8n user folders live by default: its cluster goes under the temp dir
		this.postgres = await new PostgresUnderTest(mkdtempSync(join(tmpdir(), 'salla-queue-pg-'))).start();
		this.n8n = new N8nUnderTest(this.line, { dataDir: join(this.dataDir, 'n8n'), record: this.record });
		await this.n8n.start();
		// the harness's stand-in swapped for one with a bucket, on the port n8n was told about
		const plain = this.n8n.standin;
		const port = plain.port;
		await plain.stop();
		this.standin = new BucketStandin({ cert: '/dev/null', key: '/dev/null', record: this.record }, this.bucket);
		this.standin.tls = plain.tls;
		await listenOn(this.standin, port);
		this.n8n.standin = this.standin;
		Object.assign(this.n8n.env, {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.redis.port),
			QUEUE_BULL_PREFIX: 'salla-e2e',
			// n8n's own default in 2.x; set so that manual runs never execute on the main process
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			// less to start on a loaded 2-core machine: no JavaScript/Python task runner processes
			// (these workflows have no Code node; external mode only opens the broker and waits for
			// runners that never come), no metrics, no version or template calls
			N8N_RUNNERS_MODE: 'external',
			N8N_RUNNERS_AUTH_TOKEN: 'salla-queue-e2e',
			N8N_METRICS: 'false',
			...this.postgres.env(),
		});
		this.server = new N8nServer(this.n8n);
		// The main process alone first: on a fresh database it runs every n8n migration, and the
		// workers, started only once it serves the editor, find the schema ready.
		const t0 = Date.now();
		await this.server.start({ timeoutMs: 300_000 });
		this.timings.mainMs = Date.now() - t0;
		await this.server.setupOwner();
		this.workers = Array.from({ length: this.workerCount }, (_, i) => new N8nWorker(this.n8n, { concurrency: this.concurrency, name: `worker-${i + 1}` }));
		const t1 = Date.now();
		await Promise.all(this.workers.map((w) => w.start({ timeoutMs: 180_000 })));
		this.timings.workersMs = Date.now() - t1;
		return this;
	}

	async stop() {
		await Promise.allSettled(this.workers.map((w) => w.stop()));
		await this.server?.stop();
		await this.n8n?.stop();
		await this.redis?.stop();
		await this.postgres?.stop({ keepLog: existsSync(this.dataDir) ? join(this.dataDir, 'postgres.log') : undefined });
	}

	/** Which worker ran which execution, from the workers' logs (n8n logs "Worker started execution <id> (job <n>)"). */
	ranBy() {
		const map = new Map(); // execution id -> [worker names]
		for (const w of this.workers) {
			for (const m of w.log.matchAll(/Worker started execution (\d+)/g)) map.set(m[1], [...(map.get(m[1]) ?? []), w.name]);
		}
		return map;
	}

	/** The processes' logs. */
	logs() {
		return { main: this.server?.log ?? '', ...Object.fromEntries(this.workers.map((w) => [w.name, w.log])) };
	}
}

function listenOn(standin, port) {
	// SallaStandin.start() listens on port 0; this one must take over the port n8n was given
	return new Promise((resolve, reject) => {
		import('node:https').then(({ default: https }) => {
			standin.server = https.createServer({ ...standin.tls, keepAlive: true }, (req, res) => standin.handle(req, res));
			standin.server.keepAliveTimeout = 30_000;
			standin.server.on('error', reject);
			standin.server.listen(port, '127.0.0.1', () => {
				standin.port = port;
				resolve(port);
			});
		}, reject);
	});
}

export const LOGO = 'https://cdn.example.com/brands/logo.png';

/** The Create node's parameters: Brand → Create (the store's bucket) or Customer Group → Create. */
export const CREATES = {
	brand: { resource: 'brand', operation: 'create', name: '={{ $json.list }}', logo: LOGO },
	customerGroup: { resource: 'customerGroup', operation: 'create', name: '={{ $json.list }}' },
};

/** The Create node's name in webhookWorkflow (its output is read under this name). */
export const CREATE_NODE = 'Create';

/**
 * A workflow: Webhook (POST /webhook/<path>, answers at once) → the names as items → Salla
 * Brand → Create (or `resource: 'customerGroup'`), one record per name.
 */
export function webhookWorkflow({ name, path, list, credential, nodeType, credentialType, resource = 'brand', maxRateLimitWait }) {
	const create = {
		id: `${path}-create`,
		name: CREATE_NODE,
		type: nodeType,
		typeVersion: 1,
		position: [600, 0],
		parameters: maxRateLimitWait === undefined ? CREATES[resource] : { ...CREATES[resource], options: { maxRateLimitWait } },
		credentials: { [credentialType]: { id: credential.id, name: credential.name } },
	};
	return workflow(undefined, name, [[webhookTrigger(path), ...itemsFrom(list, 'Names'), create]]);
}

/**
 * Waits until the main process serves POST /webhook/<path> (n8n 2.x activates after answering the
 * activate call). A GET tells without starting a run: n8n answers "…not registered for GET requests.
 * Did you mean to make a POST request?" once the POST webhook is live.
 */
export async function waitForWebhook(baseUrl, path, { timeoutMs = 30_000 } = {}) {
	const t0 = Date.now();
	for (;;) {
		const r = await fetch(`${baseUrl}/webhook/${path}`);
		const text = await r.text();
		if (/make a POST request/.test(text)) return;
		if (Date.now() - t0 > timeoutMs) throw new Error(`webhook ${path} not live after ${timeoutMs} ms: ${r.status} ${text.slice(0, 300)}`);
		await sleep(100);
	}
}

/**
 * One credential, `executions` workflows (Webhook → `items` names → Create, its Options → Max Rate
 * Limit Wait set to `maxRateLimitWait` seconds when given), activated through the
 * main process's REST API; then, from an empty bucket, the webhooks called together. Resolves once
 * n8n has saved every execution: {batches, executions, ms (webhook calls to the last execution
 * read back), answerMs (webhook calls to Salla's last answer), credential}.
 */
export async function runTogether(cluster, { label, executions = 4, items = 250, tokens, resource = 'brand', maxRateLimitWait, beforeStart, timeoutMs = 240_000, credentialData, nodeType, credentialType }) {
	const { server, standin } = cluster;
	standin.addAccessToken(tokens.accessToken);
	standin.addRefreshToken(tokens.refreshToken);
	const credential = await server.mustRest('POST', '/credentials', { name: `Salla (queue ${label})`, type: credentialType, data: credentialData(tokens) });
	const batches = Array.from({ length: executions }, (_, b) => Array.from({ length: items }, (_, i) => `${label} ${b + 1}-${i + 1}`));
	const ids = [];
	for (const [b, list] of batches.entries()) {
		const path = `queue-${label}-${b + 1}`;
		const wf = webhookWorkflow({ id: `${label}-${b}`, name: `queue ${label} ${b + 1}`, path, list, credential, nodeType, credentialType, resource, maxRateLimitWait });
		const created = await server.mustRest('POST', '/workflows', wf);
		await server.activate(created.id);
		await waitForWebhook(server.baseUrl, path);
		ids.push(created.id);
	}
	beforeStart?.();
	// an empty bucket: the run starts with the full burst
	await sleep((standin.burst / standin.perSecond) * 1000 + 200);
	standin.requests.length = 0;
	standin.resetBucket();
	const t0 = Date.now();
	const answers = await Promise.all(batches.map((_, b) => fetch(`${server.baseUrl}/webhook/queue-${label}-${b + 1}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })));
	const statuses = answers.map((a) => a.status);
	if (statuses.some((s) => s !== 200)) throw new Error(`webhook calls answered ${statuses.join(', ')}`);
	const all = [];
	for (const id of ids) all.push(...(await server.waitForExecutions(id, 1, { timeoutMs: Math.max(10_000, timeoutMs - (Date.now() - t0)) })));
	const ms = Date.now() - t0;
	const answerMs = Math.max(...standin.requests.map((r) => r.at)) - t0;
	return { batches, executions: all, ms, answerMs, credential };
}

/** The names an execution's Create node output, in order. */
export function outputNames(execution) {
	return (execution.data?.resultData?.runData?.[CREATE_NODE]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json?.name);
}
