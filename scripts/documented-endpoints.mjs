#!/usr/bin/env node
// Writes reference/documented-endpoints.json: every Salla Merchant API endpoint (method + path) that
// the project's reference documents name, with where each was found. The node-description test
// fails when an operation calls anything else. Run it when the reference grows:
//   node scripts/documented-endpoints.mjs [path/to/shared/reference]
// Sources, in order: the merged OpenAPI blocks (each operation's x-source-page), then the endpoint
// tables and bullets of salla-api-notes.md and salla-api-more.md (`METHOD /path` or `METHOD `/path``),
// leaving out the sections on peer packages and open questions.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const out = join(root, 'reference', 'documented-endpoints.json');

/** `/orders/{order_id}?page=` → `/orders/{}`: query dropped, placeholders made anonymous. */
export const normalise = (path) =>
	path.replace(/[?#].*$/, '').replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';

const endpoints = new Map();
const add = (method, path, source) => {
	const key = `${method} ${normalise(path)}`;
	if (!endpoints.has(key)) endpoints.set(key, { method, path: normalise(path), source });
};

const openapi = JSON.parse(readFileSync(join(referenceDir, 'salla-merchant-openapi.json'), 'utf8'));
for (const [path, operations] of Object.entries(openapi.paths)) {
	for (const [method, operation] of Object.entries(operations)) {
		if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
		add(method.toUpperCase(), path, `salla-merchant-openapi.json: ${operation['x-source-page'] ?? operation.operationId}`);
	}
}

for (const file of ['salla-api-notes.md', 'salla-api-more.md']) {
	const lines = readFileSync(join(referenceDir, file), 'utf8').split('\n');
	let heading = '';
	lines.forEach((line, index) => {
		if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
		// Peers' paths and open questions are not Salla's documentation.
		if (/peers|open questions/i.test(heading)) return;
		const pattern = /((?:GET|POST|PUT|DELETE|PATCH)(?:\s*\/\s*(?:GET|POST|PUT|DELETE|PATCH))*)\s+`?(\/[A-Za-z0-9_{}\-/.]+(?:\?[^`\s|]*)?)`?/g;
		for (const [, methods, path] of line.matchAll(pattern)) {
			for (const method of methods.split('/').map((entry) => entry.trim())) {
				add(method, path, `${file}:${index + 1} (${heading})`);
			}
		}
	});
}

const list = [...endpoints.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
writeFileSync(out, `${JSON.stringify(list, null, '\t')}\n`);
console.log(`${list.length} documented endpoints written to ${out}`);
