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
