'use strict';
// The benchmarks that run the node in-process (bench/*.js) load the TypeScript sources through tsc
// with the project's tsconfig.json, compiled fresh into .e2e-data/ts-build on each run, so that they
// measure the code as it is, not a stale dist/.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Compiles nodes/, credentials/ and test/ (tsconfig.json); returns the folder the JavaScript is in. */
function compileSources() {
	const outDir = path.join(ROOT, '.e2e-data', 'ts-build');
	const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
	const flags = ['--outDir', outDir, '--noEmit', 'false', '--declaration', 'false', '--sourceMap', 'false'];
	execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.json'), ...flags], { stdio: 'inherit' });
	return outDir;
}

module.exports = { ROOT, compileSources };
