// The reference the e2e table is checked against (reference/), and the checker itself: it must flag
// what breaks Salla's schema, let through exactly the listed deviations, and the files must agree.
// No n8n needed: it runs in a moment on each line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ROOT } from '../harness/n8n-env.mjs';
import { documentedEndpoints, endpointOf, requestChecker } from '../harness/reference.mjs';

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('reference/: the extract of Salla\'s reference and the schema checker', () => {
	test('reference/documented-endpoints.json is what the extract lists (npm run docs:endpoints)', () => {
		const listed = readJson('reference/documented-endpoints.json');
		assert.deepEqual(listed, documentedEndpoints().map(({ method, path, source }) => ({ method, path, source })));
	});

	test('every entry says where it comes from; the OpenAPI ones carry their schemas', () => {
		for (const entry of documentedEndpoints()) {
			assert.match(entry.source, /^(salla-merchant-openapi\.json: |salla-api-(notes|more)\.md:\d+ )/, `${entry.method} ${entry.path}`);
			assert.ok(entry.title, `${entry.method} ${entry.path} has a title`);
		}
		const brands = documentedEndpoints().find((entry) => entry.method === 'POST' && entry.path === '/brands');
		assert.deepEqual(brands.body.schema.required, ['name', 'logo']);
		assert.ok(documentedEndpoints().find((entry) => entry.method === 'GET' && entry.path === '/customers').query.properties.keyword);
	});

	test('a literal path segment wins over a placeholder', () => {
		assert.equal(endpointOf('GET', '/orders/statuses').path, '/orders/statuses');
		assert.equal(endpointOf('PUT', '/customers/groups/1001').path, '/customers/groups/{}');
		assert.equal(endpointOf('GET', '/no/such/endpoint'), undefined);
	});

	test('the checker flags a body and a query that break the schema', async () => {
		const check = await requestChecker();
		assert.deepEqual(check({ method: 'POST', path: '/brands', body: { name: 'Zara' } }).violations, ["body must have required property 'logo'"]);
		assert.deepEqual(check({ method: 'PUT', path: '/customers/groups/1', body: { name: 7 } }).violations, ['body/name must be string']);
		assert.deepEqual(check({ method: 'POST', path: '/specialoffers/', body: { name: 'x', applied_channel: 'app' } }).violations.filter((v) => v.startsWith('body/applied_channel')), [
			'body/applied_channel must be equal to one of the allowed values (browser, browser_and_application)',
		]);
		const query = check({ method: 'GET', path: '/customers', query: { page: 'two' } });
		assert.equal(query.checked, true);
		assert.ok(query.violations.some((violation) => violation.startsWith('query/page')), query.violations.join('; '));
		assert.deepEqual(check({ method: 'GET', path: '/customers', query: { page: '2', keyword: 'Ahmed' } }).violations, []);
	});

	test('a multipart body is read as text, as a query is: numbers from text pass, other text and a missing file fail', async () => {
		const check = await requestChecker();
		const photo = 'file back.png (image/png, 68 bytes)';
		const image = (body) => check({ method: 'POST', path: '/products/images/713368802', body }).violations;
		assert.deepEqual(image({ photo, default: '0', sort: '3', alt: 'Back' }), []);
		assert.deepEqual(image({ photo, default: 'yes' }), ['body/default must be integer']);
		assert.deepEqual(image({ default: '1' }), ["body must have required property 'photo'"]);
	});

	test('the listed deviations pass, and only where listed', async () => {
		const check = await requestChecker();
		assert.deepEqual(check({ method: 'PUT', path: '/brands/1', body: { name: 'Zara Home' } }).violations, []);
		// the same partial body where no deviation is listed still fails
		assert.ok(check({ method: 'POST', path: '/brands', body: { name: 'Zara Home' } }).violations.length);
		assert.deepEqual(check({ method: 'PUT', path: '/brands/1', body: { name: 3 } }).violations, ['body/name must be string']);
	});

	test('every deviation names a documented endpoint and says why', () => {
		const { deviations } = readJson('reference/schema-deviations.json');
		for (const deviation of deviations) {
			const [method, path] = deviation.endpoint.split(' ');
			assert.ok(documentedEndpoints().some((entry) => entry.method === method && entry.path === path && (entry.body || entry.query)), deviation.endpoint);
			assert.ok(['body', 'query'].includes(deviation.where));
			assert.ok(deviation.why?.length > 20, `${deviation.endpoint}: why`);
		}
	});
});
