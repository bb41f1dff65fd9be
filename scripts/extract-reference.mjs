#!/usr/bin/env node
// Writes reference/salla-endpoints.json, the part of the shared Salla reference that this repository's
// tests read, so that a clone holds it: every documented endpoint (method, path, title, where it is
// documented) and, for the endpoints of the merged OpenAPI file, the JSON schemas of its path and query
// parameters and of its request body ($refs resolved; descriptions and examples left out). The e2e
// stand-in validates what the node sends against these schemas.
//   node scripts/extract-reference.mjs [--reference path/to/shared/reference]
// Then `npm run docs:endpoints` derives reference/documented-endpoints.json from it.
// Sources, in order: the merged OpenAPI blocks (each operation's x-source-page), then the endpoint
// tables and bullets of salla-api-notes.md and salla-api-more.md (`METHOD /path` or `METHOD `/path``),
// leaving out the sections on peer packages and open questions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT } from '../harness/n8n-env.mjs';
import { normalisePath } from '../harness/reference.mjs';

const { values } = parseArgs({ options: { reference: { type: 'string', default: join(ROOT, '..', 'shared', 'reference') } } });
const referenceDir = resolve(values.reference);
const OPENAPI = 'salla-merchant-openapi.json';
const out = join(ROOT, 'reference', 'salla-endpoints.json');

// The JSON-schema keywords kept; everything else (descriptions, examples, x-apidog-*) is left out.
const KEYWORDS = new Set([
	'type', 'enum', 'const', 'format', 'nullable', 'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
	'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'multipleOf',
]);
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not']);
const SUBSCHEMAS = new Set(['allOf', 'anyOf', 'oneOf']);

const openapi = JSON.parse(readFileSync(join(referenceDir, OPENAPI), 'utf8'));

const isType = (value) => typeof value === 'string' || (Array.isArray(value) && value.every((entry) => typeof entry === 'string'));

/** A schema with its $refs resolved (a $ref met again inside itself becomes `{}`) and only KEYWORDS kept. */
function clean(schema, seen = new Set()) {
	if (!schema || typeof schema !== 'object') return {};
	if (schema.$ref) {
		if (seen.has(schema.$ref)) return {};
		const target = schema.$ref.replace(/^#\//, '').split('/').reduce((at, key) => at?.[key], openapi);
		return clean(target, new Set([...seen, schema.$ref]));
	}
	const kept = {};
	for (const [key, value] of Object.entries(schema)) {
		// a few of Salla's schemas hold a property's schema where `type` belongs: that says no type
		if (key === 'type' && !isType(value)) continue;
		if (KEYWORDS.has(key)) kept[key] = value;
		else if (SUBSCHEMA.has(key)) kept[key] = typeof value === 'boolean' ? value : clean(value, seen);
		else if (SUBSCHEMAS.has(key)) kept[key] = value.map((entry) => clean(entry, seen));
		else if (key === 'properties') {
			kept.properties = Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, clean(entry, seen)]));
		}
	}
	// Salla's pages mark an array's `required` on properties that are not listed: keep only listed ones
	if (Array.isArray(kept.required) && kept.properties) kept.required = kept.required.filter((name) => name in kept.properties);
	if (Array.isArray(kept.required) && !kept.properties) delete kept.required;
	return kept;
}

/** The parameters of one place (path or query) as one object schema. */
function parametersSchema(parameters, place) {
	const chosen = parameters.filter((parameter) => parameter.in === place);
	if (!chosen.length) return undefined;
	const required = chosen.filter((parameter) => parameter.required).map((parameter) => parameter.name);
	return {
		type: 'object',
		properties: Object.fromEntries(chosen.map((parameter) => [parameter.name, clean(parameter.schema)])),
		...(required.length ? { required } : {}),
	};
}

const endpoints = new Map();
const add = (entry) => {
	const key = `${entry.method} ${entry.path}`;
	if (!endpoints.has(key)) endpoints.set(key, entry);
};

for (const [path, operations] of Object.entries(openapi.paths)) {
	for (const [method, operation] of Object.entries(operations)) {
		if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
		const parameters = [...(operations.parameters ?? []), ...(operation.parameters ?? [])];
		const [contentType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
		const scopes = [...(operation.description ?? '').matchAll(/`([a-z_.]+\.read(?:_write)?)`/g)].map((match) => match[1]);
		add({
			method: method.toUpperCase(),
			path: normalisePath(path),
			documentedPath: path,
			title: operation.summary,
			source: `${OPENAPI}: ${operation['x-source-page'] ?? operation.operationId}`,
			...(scopes.length ? { scopes: [...new Set(scopes)] } : {}),
			...(parametersSchema(parameters, 'path') ? { pathParameters: parametersSchema(parameters, 'path') } : {}),
			...(parametersSchema(parameters, 'query') ? { query: parametersSchema(parameters, 'query') } : {}),
			...(contentType ? { body: { contentType, schema: clean(content.schema) } } : {}),
		});
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
				add({ method, path: normalisePath(path), documentedPath: path, title: heading, source: `${file}:${index + 1} (${heading})` });
			}
		}
	});
}

const list = [...endpoints.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
writeFileSync(out, `${JSON.stringify({ extractedFrom: 'the shared Salla reference: salla-merchant-openapi.json, salla-api-notes.md, salla-api-more.md', endpoints: list }, null, '\t')}\n`);
const withSchemas = list.filter((entry) => entry.body || entry.query).length;
console.log(`${list.length} documented endpoints (${withSchemas} with a query or body schema) written to ${out}`);
