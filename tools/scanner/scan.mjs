#!/usr/bin/env node
// Runs n8n's community package scanner (@n8n/scan-community-package, the rules n8n applies before it
// verifies a community package) on this repository, in its two legs:
//   1. the source tree (package.json, nodes/, credentials/), as the scanner lints a package's source;
//   2. the tarball that `npm pack` would publish (its compiled **/*.js and package.json).
// The scanner's CLI only scans packages published on npm, so this calls its exported analyzePackage.
// It pins ESLint 9, so it lives in tools/scanner with its own lockfile, apart from the project's ESLint 8.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const scannerEntry = join(here, 'node_modules/@n8n/scan-community-package/scanner/scanner.mjs');

if (!existsSync(scannerEntry)) {
	console.log('Installing the scanner (tools/scanner)...');
	execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
if (!existsSync(join(root, 'dist'))) {
	console.log('Building the package first...');
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(scannerEntry);

async function leg(name, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	console.log(`${result.passed ? 'PASS' : 'FAIL'} scanner, ${name}${result.message ? `: ${result.message}` : ''}`);
	if (result.details) console.log(result.details);
	return result.passed;
}

const packDir = mkdtempSync(join(tmpdir(), 'salla-pack-'));
let passed = false;
try {
	const sourcePassed = await leg('source tree', root, SOURCE_FILE_PATTERNS);

	const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const tarball = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
	if (!tarball) throw new Error(`npm pack made no tarball: ${packed}`);
	const unpacked = join(packDir, 'package');
	execFileSync('tar', ['-xzf', join(packDir, tarball), '-C', packDir]);
	const files = readdirSync(join(unpacked, 'dist'), { recursive: true }).filter((file) => file.endsWith('.js'));
	console.log(`Packed ${tarball}: ${files.length} JavaScript files under dist/`);
	const tarballPassed = await leg('packed tarball', unpacked, ['**/*.js', 'package.json']);

	passed = sourcePassed && tarballPassed;
	console.log(`${passed ? 2 : Number(sourcePassed) + Number(tarballPassed)} passed, ${passed ? 0 : 2 - Number(sourcePassed) - Number(tarballPassed)} failed`);
} finally {
	rmSync(packDir, { recursive: true, force: true });
}
process.exit(passed ? 0 : 1);
