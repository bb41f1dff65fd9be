// The n8n under test: a real n8n (the CLI of a pinned line, or `n8n start` driven through its REST
// API), this package installed in its user folder as a community package, the Salla stand-in on
// loopback; import credentials and workflows, execute a workflow and read what n8n produced.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

import { ensureCerts, SALLA_HOSTS } from './standin/certs.mjs';
import { SallaStandin } from './standin/salla-standin.mjs';
import { freePort, lineInfo, n8nEnv, ROOT, spawnN8n, userFoldersRoot } from './n8n-env.mjs';
import { installPackageInto } from './package.mjs';

const PRELOAD = join(ROOT, 'harness/standin/preload.cjs');

// ---------------------------------------------------------------------------------------------
// The n8n instance under test
// ---------------------------------------------------------------------------------------------
export class N8nUnderTest {
	constructor(line, { dataDir = join(userFoldersRoot(), `e2e-${line}`), record = true } = {}) {
		this.line = line;
		this.info = lineInfo(line);
		this.dataDir = dataDir;
		this.userFolder = join(dataDir, 'user');
		this.encryptionKey = `e2e-${randomBytes(12).toString('hex')}`;
		this.record = record;
	}

	async start() {
		rmSync(this.dataDir, { recursive: true, force: true });
		mkdirSync(this.userFolder, { recursive: true });
		const certs = ensureCerts(join(ROOT, '.e2e-data', 'certs-p256'));
		this.standin = new SallaStandin({ cert: certs.cert, key: certs.key, record: this.record });
		const port = await this.standin.start();
		this.packageDir = installPackageInto(this.userFolder, { quiet: true });
		this.env = n8nEnv(this.userFolder, {
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			NODE_EXTRA_CA_CERTS: certs.ca,
			NODE_OPTIONS: `--require ${PRELOAD}`,
			SALLA_STANDIN_PORT: String(port),
			SALLA_STANDIN_HOSTS: SALLA_HOSTS.join(','),
			N8N_LOG_LEVEL: 'warn',
			// the task runner broker of each `n8n execute` on a port of its own, so that a running
			// `npm run dev` (or another suite) does not collide with it on n8n's default 5679
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		return this;
	}

	async stop() {
		await this.standin?.stop();
	}

	/** Runs `n8n <args>`; resolves with {code, stdout, stderr, ms}. */
	cli(args, { env = {}, timeoutMs = 180_000, stdoutFile } = {}) {
		return new Promise((resolve, reject) => {
			const t0 = Date.now();
			// stdoutFile: n8n's stdout goes to that file (a large --rawOutput can come back cut short through a pipe)
			const out = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
			const child = spawnN8n(this.line, args, {
				env: { ...this.env, ...env },
				stdio: ['ignore', out, 'pipe'],
				cwd: this.dataDir,
			});
			if (stdoutFile) closeSync(out);
			let stdout = '';
			let stderr = '';
			child.stdout?.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
			}, timeoutMs);
			child.on('error', reject);
			child.on('close', (code) => {
				clearTimeout(timer);
				if (stdoutFile) stdout = readFileSync(stdoutFile, 'utf8');
				resolve({ code, stdout, stderr, ms: Date.now() - t0 });
			});
		});
	}

	async mustCli(args, opts) {
		const r = await this.cli(args, opts);
		if (r.code !== 0) throw new Error(`n8n ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
		return r;
	}

	async importCredentials(credentials) {
		const file = join(this.dataDir, `credentials-${randomBytes(4).toString('hex')}.json`);
		writeFileSync(file, JSON.stringify(credentials, null, 2));
		return await this.mustCli(['import:credentials', `--input=${file}`]);
	}

	async importWorkflows(workflows) {
		const file = join(this.dataDir, `workflows-${randomBytes(4).toString('hex')}.json`);
		writeFileSync(file, JSON.stringify(workflows, null, 2));
		return await this.mustCli(['import:workflow', `--input=${file}`]);
	}

	/** `n8n execute --id <id> --rawOutput`: the run as n8n reports it, successful or not. */
	async execute(id, opts) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { ...opts, env: { N8N_LOG_LEVEL: 'info', ...opts?.env } });
		const run = extractJson(r.stdout) ?? extractJson(r.stderr);
		if (!run) throw new Error(`no run data in the output of n8n execute (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
		return { ...r, run, runData: run.data?.resultData?.runData ?? {}, error: run.data?.resultData?.error };
	}

	/** `n8n export:credentials --all [--decrypted]`: the stored credentials, as n8n reads them. */
	async exportCredentials({ decrypted }) {
		const file = join(this.dataDir, `export-${decrypted ? 'decrypted' : 'stored'}.json`);
		await this.mustCli(['export:credentials', '--all', ...(decrypted ? ['--decrypted'] : []), `--output=${file}`]);
		return JSON.parse(readFileSync(file, 'utf8'));
	}
}

/** The JSON document n8n printed: from the first line that is "{" to the last line that is "}". */
export function extractJson(text) {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.trimEnd() === '{');
	if (start === -1) return undefined;
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end].trimEnd() !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			/* try a shorter block */
		}
	}
	return undefined;
}

/** The items a node put on its first output, in order. */
export function outputOf(runData, nodeName) {
	const task = runData[nodeName]?.[0];
	return task?.data?.main?.[0] ?? [];
}

// ---------------------------------------------------------------------------------------------
// `n8n start`: the server, driven through its REST API as the editor drives it
// ---------------------------------------------------------------------------------------------
export const OWNER = { email: 'owner@e2e.example.com', firstName: 'E2E', lastName: 'Owner', password: 'E2e-Owner-Password-1' };
const BROWSER_ID = 'salla-e2e-browser';

export class N8nServer {
	/** @param {N8nUnderTest} n8n an instance whose start() has run (package installed, env built) */
	constructor(n8n) {
		this.n8n = n8n;
		this.log = '';
		this.cookie = '';
	}

	async start({ timeoutMs = 180_000 } = {}) {
		this.port = await freePort();
		this.baseUrl = `http://127.0.0.1:${this.port}`;
		const t0 = Date.now();
		this.child = spawnN8n(this.n8n.line, ['start'], {
			env: {
				...this.n8n.env,
				N8N_PORT: String(this.port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: '127.0.0.1',
				N8N_PROTOCOL: 'http',
				N8N_WEBHOOK_URL: `${this.baseUrl}/`,
				N8N_EDITOR_BASE_URL: `${this.baseUrl}/`,
				N8N_LOG_LEVEL: 'info',
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			cwd: this.n8n.dataDir,
		});
		this.child.stdout.on('data', (d) => (this.log += d));
		this.child.stderr.on('data', (d) => (this.log += d));
		this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
		for (;;) {
			if (this.child.exitCode !== null) throw new Error(`n8n start exited ${this.child.exitCode}\n${this.log.slice(-4000)}`);
			if (Date.now() - t0 > timeoutMs) throw new Error(`n8n start not ready after ${timeoutMs} ms\n${this.log.slice(-4000)}`);
			try {
				const r = await fetch(`${this.baseUrl}/rest/settings`, { headers: { 'browser-id': BROWSER_ID } });
				if (r.status === 200 && /Editor is now accessible/.test(this.log)) break;
			} catch {
				/* not listening yet */
			}
			await sleep(250);
		}
		this.startMs = Date.now() - t0;
		return this;
	}

	async stop() {
		await stopChild(this.child, this.exited);
	}

	/** A REST call with the owner's session; resolves with {status, body} (body = parsed JSON or text). */
	async rest(method, path, body) {
		const r = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': BROWSER_ID,
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const set = r.headers.getSetCookie?.() ?? [];
		const auth = set.find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth.split(';')[0];
		const text = await r.text();
		let parsed = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			/* text */
		}
		return { status: r.status, body: parsed };
	}

	async mustRest(method, path, body) {
		const r = await this.rest(method, path, body);
		if (r.status >= 300) throw new Error(`${method} /rest${path} -> ${r.status}: ${JSON.stringify(r.body).slice(0, 2000)}`);
		return r.body?.data ?? r.body;
	}

	/** The instance owner, created the way the setup screen does; keeps the session cookie. */
	async setupOwner() {
		const r = await this.rest('POST', '/owner/setup', OWNER);
		if (r.status >= 300) await this.mustRest('POST', '/login', { emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password });
		if (!this.cookie) throw new Error(`no session cookie after owner setup: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
	}

	async workflow(id) {
		return await this.mustRest('GET', `/workflows/${id}`);
	}

	/** Activates a workflow as the editor's toggle does (2.x: POST .../activate; 1.x: PATCH active). */
	async activate(id) {
		const wf = await this.workflow(id);
		const r = await this.rest('POST', `/workflows/${id}/activate`, { versionId: wf.versionId });
		if (r.status === 404 || r.status === 405) {
			return await this.mustRest('PATCH', `/workflows/${id}`, { versionId: wf.versionId, active: true });
		}
		if (r.status >= 300) throw new Error(`activate ${id} -> ${r.status}: ${JSON.stringify(r.body).slice(0, 2000)}`);
		return r.body?.data ?? r.body;
	}

	async deactivate(id) {
		const wf = await this.workflow(id);
		const r = await this.rest('POST', `/workflows/${id}/deactivate`, {});
		if (r.status === 404 || r.status === 405) {
			return await this.mustRest('PATCH', `/workflows/${id}`, { versionId: wf.versionId, active: false });
		}
		if (r.status >= 300) throw new Error(`deactivate ${id} -> ${r.status}: ${JSON.stringify(r.body).slice(0, 2000)}`);
		return r.body?.data ?? r.body;
	}

	/** "Listen for test event" on a trigger node, as the editor asks for it. */
	async listenForTestEvent(id, triggerName) {
		const wf = await this.workflow(id);
		return await this.mustRest('POST', `/workflows/${id}/run`, {
			workflowData: wf,
			triggerToStartFrom: { name: triggerName },
			startNodes: [],
		});
	}

	/** The workflow's executions as n8n lists them (newest first), with their run data read back. */
	async executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const list = await this.mustRest('GET', `/executions?filter=${filter}&limit=100`);
		// In queue mode n8n lists the running executions beside the saved ones: one that finishes while
		// the list is read can appear twice. Each execution once.
		const results = [...new Map((list.results ?? list).map((summary) => [String(summary.id), summary])).values()];
		const out = [];
		for (const summary of results) {
			const full = await this.mustRest('GET', `/executions/${summary.id}`);
			const data = typeof full.data === 'string' ? this.flatted().parse(full.data) : full.data;
			out.push({ id: String(summary.id), mode: full.mode, status: full.status ?? summary.status, finished: full.finished, data });
		}
		return out;
	}

	/** Waits until n8n has saved `count` finished executions of the workflow (or times out). */
	async waitForExecutions(workflowId, count, { timeoutMs = 30_000 } = {}) {
		const t0 = Date.now();
		for (;;) {
			const all = await this.executions(workflowId);
			// finished, and its run data saved with it (n8n may list an execution before its data is written)
			const done = all.filter(
				(e) => ['success', 'error', 'crashed', 'canceled'].includes(e.status) && Object.keys(e.data?.resultData?.runData ?? {}).length > 0,
			);
			if (done.length >= count && done.length === all.length) return all;
			if (Date.now() - t0 > timeoutMs) return all;
			await sleep(200);
		}
	}

	flatted() {
		this._flatted ??= createRequire(join(this.n8n.info.dir, 'node_modules/n8n/package.json'))('flatted');
		return this._flatted;
	}
}

/** Stops a child process: SIGTERM, then SIGKILL when it has not exited after `graceMs`. */
export async function stopChild(child, exited, graceMs = 20_000) {
	if (!child || child.exitCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

export function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
