#!/usr/bin/env node
// npm run test:e2e [-- --n8n 2.x|min|all] [--only operations,trigger] [--no-build]
// Installs the pinned n8n lines (first run only), builds this package, and runs every
// e2e/*.e2e.test.mjs (one after the other, each in its own process, each starting its own n8n)
// against each line. Ends with the line "e2e: N passed, N failed".
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { buildPackage, ensureN8nLines, LINES, ROOT } from '../harness/n8n-env.mjs';
import { postgresBinDir, redisServerBinary } from '../harness/services.mjs';

const { values } = parseArgs({
	options: {
		n8n: { type: 'string', default: 'all' },
		// only these files (e2e/<name>.e2e.test.mjs), e.g. --only operations after adding a row to e2e/table/
		only: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
	},
});
const which = values.n8n;
const lines = which === 'all' ? Object.keys(LINES) : [which];
const t0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(0)} s`;

// What the suite needs from Debian: Chromium for the editor's browser test; on the 2.x line, Redis and
// PostgreSQL for the queue-mode test (e2e/queue.e2e.test.mjs). On a fresh Debian machine where we are
// root, install what is missing, so that `npm ci && npm test` needs nothing else; elsewhere the tests
// say what to install.
const debianPackages = [
	!existsSync('/usr/bin/chromium') && 'chromium',
	lines.includes('2.x') && !redisServerBinary() && 'redis-server',
	lines.includes('2.x') && !postgresBinDir() && 'postgresql',
].filter(Boolean);
if (debianPackages.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	process.stderr.write(`[e2e] installing Debian's ${debianPackages.join(', ')} (apt-get)\n`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
	spawnSync('apt-get', ['install', '-y', ...debianPackages], { stdio: 'inherit', env });
}

if (!values['no-build']) {
	process.stderr.write('[e2e] npm run build\n');
	buildPackage();
}

const files = readdirSync(join(ROOT, 'e2e'))
	.filter((name) => name.endsWith('.e2e.test.mjs'))
	.filter((name) => !values.only || values.only.split(',').includes(name.replace(/\.e2e\.test\.mjs$/, '')))
	.sort()
	.map((name) => join(ROOT, 'e2e', name));
process.stderr.write(`[e2e] files: ${files.map((f) => f.slice(ROOT.length + 1)).join(', ')}\n`);

let passed = 0;
let failed = 0;
// every line's install at once (first run only), then the suites line by line
const tSetup = Date.now();
const setupFailures = await ensureN8nLines(lines);
process.stderr.write(`[e2e] n8n ${lines.join(' and ')} set up in ${secs(tSetup)}\n`);
for (const line of lines) {
	if (setupFailures.has(line)) {
		process.stderr.write(`[e2e] could not install n8n ${line}: ${setupFailures.get(line).message}\n`);
		failed++;
		continue;
	}
	process.stderr.write(`[e2e] n8n ${line}: running the suite\n`);
	process.env.E2E_N8N_LINE = line;
	const tRun = Date.now();
	const stream = run({
		files,
		concurrency: false,
		timeout: 15 * 60_000,
	});
	stream.on('test:pass', (e) => {
		if (e.details?.type !== 'suite' && e.nesting > 0) passed++;
	});
	stream.on('test:fail', (e) => {
		// a failed hook (before) fails its suite: count it so that a broken setup never reads as green
		if (e.details?.type !== 'suite' || e.details?.error?.failureType === 'hookFailed') failed++;
	});
	await new Promise((resolve) => {
		const out = stream.compose(spec);
		out.on('data', (chunk) => process.stdout.write(chunk));
		out.on('end', resolve);
	});
	process.stderr.write(`[e2e] n8n ${line}: suite took ${secs(tRun)}\n`);
}

process.stderr.write(`[e2e] total ${secs(t0)}\n`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
