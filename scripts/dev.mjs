#!/usr/bin/env node
// npm run dev [-- --n8n 2.x|min] [--port 5678]
// A real n8n at http://localhost:5678 with this package installed in its user folder the way n8n
// installs a community package (<user folder>/.n8n/nodes/node_modules/n8n-nodes-salla-merchant),
// on n8n's embedded SQLite. Sources change -> the package is rebuilt, reinstalled and n8n restarted.
// Ctrl-C stops n8n cleanly, then this script.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ensureN8n, freePort, n8nEnv, NEWEST, PACKAGE, ROOT, spawnN8n, userFoldersRoot } from '../harness/n8n-env.mjs';
import { installPackageInto, recordInstalledPackage } from '../harness/package.mjs';

const { values } = parseArgs({
	options: { n8n: { type: 'string', default: NEWEST }, port: { type: 'string', default: process.env.N8N_PORT || '5678' } },
});
const line = values.n8n;
const port = Number(values.port);
const userFolder = process.env.SALLA_DEV_USER_FOLDER || join(userFoldersRoot(), `dev-${line}`);
const WATCHED = ['nodes', 'credentials'];
const say = (msg) => process.stderr.write(`\x1b[36m[dev]\x1b[0m ${msg}\n`);

const info = ensureN8n(line);
let n8n = null;
let stopping = false;
let building = false;
let pending = false;
let n8nReady = Promise.resolve(true);

function build() {
	return new Promise((resolve) => {
		const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
			cwd: ROOT,
			stdio: 'inherit',
		});
		child.on('close', (code) => resolve(code === 0));
	});
}

async function waitReady(child) {
	// /healthz answers before the editor's REST API is up; /rest/settings once n8n is really ready
	const url = `http://localhost:${port}/rest/settings`;
	for (let i = 0; i < 240 && child.exitCode === null && !stopping; i++) {
		try {
			const res = await fetch(url);
			// while starting, n8n answers every path with a plain "n8n is starting up" page
			if (res.ok && (res.headers.get('content-type') || '').includes('json')) return true;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return false;
}

async function startN8n() {
	// n8n's task runner broker listens on 5679 by default: with `--port 5679` (or a second dev
	// instance) both would want it. It gets a free loopback port of its own instead, unless set.
	const brokerPort = process.env.N8N_RUNNERS_BROKER_PORT || String(await freePort());
	const child = spawnN8n(line, ['start'], {
		env: n8nEnv(userFolder, {
			N8N_PORT: String(port),
			N8N_HOST: 'localhost',
			N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
			N8N_WEBHOOK_URL: `http://localhost:${port}/`,
			N8N_RUNNERS_BROKER_PORT: brokerPort,
		}),
		cwd: userFolder,
	});
	child.on('exit', (code, signal) => {
		if (n8n === child) n8n = null;
		if (!stopping && !building) {
			say(`n8n exited (${signal ?? code}); fix the cause and save a file to start it again, or Ctrl-C`);
		}
	});
	n8n = child;
	n8nReady = waitReady(child);
	n8nReady.then((ok) => {
		if (ok && n8n === child) {
			say(`n8n ${info.n8nVersion} is ready: http://localhost:${port} (task runner broker on 127.0.0.1:${brokerPort})`);
			// listed in Settings → Community nodes, as after an install from there
			recordInstalledPackage(line, userFolder).catch((error) =>
				say(`could not record ${PACKAGE.name} in n8n's installed packages: ${error.message}`),
			);
			say(`${PACKAGE.name} is loaded as a community package from ${userFolder}/.n8n/nodes/node_modules/${PACKAGE.name}`);
			say(`watching ${WATCHED.join('/, ')}/ — Ctrl-C to stop`);
		}
	});
}

function stopN8n(signal = 'SIGINT') {
	const child = n8n;
	if (!child || child.exitCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
		child.once('exit', () => {
			clearTimeout(kill);
			resolve();
		});
		child.kill(signal);
	});
}

async function rebuild() {
	if (building) {
		pending = true;
		return;
	}
	building = true;
	do {
		pending = false;
		say(`changed: ${[...changed].slice(0, 5).join(', ')}${changed.size > 5 ? ' …' : ''}: npm run build`);
		changed.clear();
		const ok = await build();
		if (!ok) {
			say('build failed: n8n keeps running the previous build');
			continue;
		}
		await n8nReady; // never stop n8n in the middle of its database migrations
		await stopN8n();
		installPackageInto(userFolder, { quiet: true });
		if (!stopping) {
			say('rebuilt and reinstalled: restarting n8n');
			await startN8n();
		}
	} while (pending && !stopping);
	building = false;
}

let timer;
const changed = new Set();
const watchers = WATCHED.map((dir) =>
	watch(join(ROOT, dir), { recursive: true }, (_event, file) => {
		if (stopping || !file || /(^|\/)(\.|__tests__|.*\.test\.)/.test(file)) return;
		clearTimeout(timer);
		changed.add(`${dir}/${file}`);
		timer = setTimeout(rebuild, 300);
	}),
);

async function shutdown(signal) {
	if (stopping) {
		say('second signal: killing n8n');
		n8n?.kill('SIGKILL');
		return;
	}
	stopping = true;
	clearTimeout(timer);
	watchers.forEach((w) => w.close());
	say(`${signal}: stopping n8n…`);
	await stopN8n('SIGINT');
	say('stopped');
	process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

say(`building ${PACKAGE.name}`);
if (!(await build())) {
	say('build failed: fix it, then run npm run dev again');
	process.exit(1);
}
installPackageInto(userFolder, { quiet: true });
say(`starting n8n ${info.n8nVersion} (user folder ${userFolder})`);
await startN8n();
