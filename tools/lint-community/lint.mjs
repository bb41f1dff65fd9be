#!/usr/bin/env node
// Runs n8n's community-node lint rules (@n8n/eslint-plugin-community-nodes, recommended config) on
// nodes/, credentials/ and package.json. The plugin needs ESLint 9 (flat config) while the project's
// own lint (eslint-plugin-n8n-nodes-base) needs ESLint 8, so this one lives in tools/lint-community
// with its own lockfile, installed on first use. Warnings fail the run too (--max-warnings 0).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const eslintBin = join(here, 'node_modules/eslint/bin/eslint.js');

if (!existsSync(eslintBin)) {
	console.log('Installing n8n\'s community-node lint rules (tools/lint-community)...');
	execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const args = ['--config', join(here, 'eslint.config.mjs'), '--max-warnings', '0', ...process.argv.slice(2), 'nodes', 'credentials', 'package.json'];
try {
	execFileSync(process.execPath, [eslintBin, ...args], { cwd: root, stdio: 'inherit' });
	console.log('PASS @n8n/eslint-plugin-community-nodes (recommended) on nodes, credentials and package.json');
} catch {
	process.exit(1);
}
