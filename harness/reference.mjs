// What the tests read of Salla's reference, from the extract in reference/ (scripts/extract-reference.mjs):
// the documented endpoints, and a validator of a request's query and body against its endpoint's
// OpenAPI schema (Ajv, the schemas as Salla publishes them, less the deviations in reference/deviations.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './n8n-env.mjs';

/** `/orders/{order_id}?page=` → `/orders/{}`: query dropped, placeholders made anonymous. */
export const normalisePath = (path) =>
	path.replace(/[?#].*$/, '').replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';

let extract;
/** Every documented endpoint: {method, path, documentedPath, title, source, scopes?, pathParameters?, query?, body?}. */
export function documentedEndpoints() {
	extract ??= JSON.parse(readFileSync(join(ROOT, 'reference', 'salla-endpoints.json'), 'utf8')).endpoints;
	return extract;
}

/** The documented endpoint a request goes to (`/admin/v2` left off `path`), or undefined. */
export function endpointOf(method, path) {
	const wanted = normalisePath(path);
	const segments = wanted.split('/');
	// a literal segment beats a placeholder: /orders/statuses before /orders/{}
	const candidates = documentedEndpoints().filter((entry) => {
		if (entry.method !== method) return false;
		const pattern = entry.path.split('/');
		return pattern.length === segments.length && pattern.every((part, i) => part === '{}' || part === segments[i]);
	});
	const literal = (entry) => entry.path.split('/').filter((part) => part !== '{}').length;
	return candidates.sort((a, b) => literal(b) - literal(a))[0];
}

/** A deviation's pointer against a value's: `*` stands for one step (an array index, say). */
const matches = (pattern, pointer) => {
	const want = pattern.split('/');
	const have = pointer.split('/');
	return want.length === have.length && want.every((step, i) => step === '*' || step === have[i]);
};

/**
 * Checks requests against Salla's published schemas: `check({method, path, query, body})` answers
 * {endpoint, checked, violations}: `checked` is false when the reference has no schema for the
 * endpoint; each violation is `<where><instancePath> <message>` (where = query or body), less the
 * allowed deviations (reference/schema-deviations.json, each with its reason).
 */
export async function requestChecker() {
	const { default: Ajv } = await import('ajv');
	const { default: addFormats } = await import('ajv-formats');
	const deviations = JSON.parse(readFileSync(join(ROOT, 'reference', 'schema-deviations.json'), 'utf8')).deviations;
	const make = (options) => {
		// Salla's schemas are page extracts, not strict JSON Schema: unknown keywords are not an error
		const ajv = new Ajv({ allErrors: true, strict: false, ...options });
		addFormats(ajv);
		// OpenAPI's `binary`: a file part or, in JSON, a URL; nothing to check in its text
		ajv.addFormat('binary', true);
		return ajv;
	};
	// a query arrives as text: numbers and booleans are read from it as Salla's framework reads them
	const forQuery = make({ coerceTypes: 'array' });
	const forBody = make({});
	// a multipart body's fields arrive as text too (a file as its description): read as for the query
	const forForm = make({ coerceTypes: 'array' });
	const compiled = new Map();
	const validator = (ajv, key, schema) => {
		if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
		return compiled.get(key);
	};
	return function check({ method, path, query = {}, body }) {
		const endpoint = endpointOf(method, path);
		if (!endpoint || (!endpoint.query && !endpoint.body)) return { endpoint, checked: false, violations: [] };
		const key = `${endpoint.method} ${endpoint.path}`;
		const found = [];
		if (endpoint.query) {
			const validate = validator(forQuery, `${key} query`, endpoint.query);
			if (!validate(structuredClone(query))) found.push(...validate.errors.map((error) => ({ where: 'query', error })));
		} else if (Object.keys(query).length) {
			found.push({ where: 'query', error: { instancePath: '', keyword: 'documented', message: `has ${Object.keys(query).join(', ')}; the page documents no query` } });
		}
		if (endpoint.body && body !== undefined) {
			const form = /multipart\/form-data/i.test(endpoint.body.contentType ?? '');
			const validate = validator(form ? forForm : forBody, `${key} body`, endpoint.body.schema);
			if (!validate(form ? structuredClone(body) : body)) found.push(...validate.errors.map((error) => ({ where: 'body', error })));
		}
		// where the value is: a missing property's own place, not its parent's
		const at = (error) => (error.keyword === 'required' ? `${error.instancePath}/${error.params.missingProperty}` : error.instancePath);
		const allowed = ({ where, error }) =>
			deviations.some(
				(deviation) =>
					deviation.endpoint === key &&
					deviation.where === where &&
					[deviation.at].flat().some((pointer) => matches(pointer, at(error))) &&
					(deviation.keyword === undefined || deviation.keyword === error.keyword),
			);
		const violations = found
			.filter((entry) => !allowed(entry))
			.map(({ where, error }) => `${where}${error.instancePath} ${error.message}${error.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : ''}`);
		// the parts of an allOf can say the same thing twice
		return { endpoint, checked: true, violations: [...new Set(violations)] };
	};
}
