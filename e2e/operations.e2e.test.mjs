// Every operation and every picker of the Salla node, inside one running n8n (`n8n start`) per line,
// against the stand-in, from the table in e2e/table/<resource>.mjs. Each operation row runs as a node
// of its resource's workflow (Webhook → one Salla node per row); the test asserts the request Salla
// received (method, path, query, body), that it fits the endpoint's published schema
// (reference/salla-endpoints.json, less reference/schema-deviations.json) and the items n8n output.
// An operation of the node without a row fails. Then the behaviours that rest on n8n's internals:
// the run gate (On Error → Stop sends nothing; Continue fails only the bad item) and a twin field's
// expression resolved per item.
//
// A row of `operations`:
//   operation   the operation's value
//   parameters  the node's parameters besides resource and operation
//   request     what Salla must receive: {method, path (after /admin/v2), query?, body?}
//   answer      what the stand-in answers: {status? (200), body, headers?}
//   calls       instead of request + answer, when the operation sends several: [{request, answer}, …]
//   output      the JSON of the items n8n outputs, in order
//   file        an input file for a binary upload: {fileName, mimeType, base64, field? ('data')}; Edit
//               Fields and Convert to File put it in the item's binary field before the row's node runs
// A row of `pickers`:
//   method      the loadOptions or listSearch method's name
//   parameters  the node's parameters as the panel holds them while it asks (resource, operation, …)
//   path        the parameter that asks; filter: a listSearch's search text
//   request, answer, calls   as above
//   results     what the picker answers (loadOptions: the options; listSearch: the results)
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, sallaCredentialData } from '../harness/credentials.mjs';
import { N8nServer, N8nUnderTest, sleep } from '../harness/n8n.mjs';
import { itemsFrom, NODE_TYPE, webhookTrigger, workflow } from '../harness/workflows.mjs';
import { ROOT, userFoldersRoot } from '../harness/n8n-env.mjs';
import { requestChecker } from '../harness/reference.mjs';

const LINE = process.env.E2E_N8N_LINE || '2.x';
const TOKENS = { accessToken: 'at-table', refreshToken: 'rt-table-unused' };
const CRED = { name: 'Salla (e2e table)', type: CREDENTIAL_TYPE };
const TABLE_DIR = join(ROOT, 'e2e', 'table');

const table = await Promise.all(
	readdirSync(TABLE_DIR)
		.filter((file) => file.endsWith('.mjs'))
		.sort()
		.map(async (file) => ({ resource: file.replace(/\.mjs$/, ''), ...(await import(join(TABLE_DIR, file))) })),
);

/** The node as n8n loads it (dist/, built by npm run test:e2e): its resources, operations and pickers. */
function nodeUnderTest() {
	const { Salla } = createRequire(import.meta.url)(join(ROOT, 'dist/nodes/Salla/Salla.node.js'));
	const node = new Salla();
	const { properties } = node.description;
	const resources = properties.find((property) => property.name === 'resource').options.map((option) => option.value);
	const operations = resources.flatMap((resource) =>
		properties
			.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))
			.options.map((option) => `${resource}.${option.value}`),
	);
	const pickers = [...Object.keys(node.methods.loadOptions ?? {}), ...Object.keys(node.methods.listSearch ?? {})];
	return { operations, pickers, loadOptions: new Set(Object.keys(node.methods.loadOptions ?? {})) };
}

const callsOf = (row) => row.calls ?? [{ request: row.request, answer: row.answer }];
const scriptOf = (rows) =>
	rows.flatMap((row) =>
		callsOf(row).map(({ request, answer }) => ({ method: request.method, path: request.path, query: request.query ?? {}, row, ...answer })),
	);
const seen = (entry) => ({
	method: entry.method,
	path: entry.path.slice('/admin/v2'.length),
	query: entry.query,
	...(entry.body === undefined ? {} : { body: entry.body }),
});
const expected = (request) => ({ query: {}, ...request });
const rowName = (resource, row, index) => `${resource} ${index + 1}: ${row.operation}`;

function resourceWorkflow(resource, rows, credential) {
	const webhook = webhookTrigger(`table-${resource}`);
	const nodes = rows.map((row, index) => ({
		id: `table-${resource}-${index}`,
		name: rowName(resource, row, index),
		type: NODE_TYPE,
		typeVersion: 1,
		// one after the other, top to bottom (n8n's v1 order runs a node's children by position)
		position: [400, index * 200],
		parameters: { resource, operation: row.operation, ...row.parameters },
		credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
		// a failing row is reported by its assertion, and the rows after it still run
		onError: 'continueRegularOutput',
	}));
	const chains = nodes.map((node, index) => [webhook, ...(rows[index].file ? fileNodes(node, rows[index].file) : []), node]);
	return workflow(undefined, `e2e table: ${resource}`, chains);
}

/** A row's input file, as n8n makes one from base64: Edit Fields (the text) → Convert to File (the binary field). */
function fileNodes(node, { fileName, mimeType, base64, field = 'data' }) {
	const [x, y] = node.position;
	return [
		{
			id: `${node.id}-file-json`,
			name: `${node.name} (file JSON)`,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [x - 260, y],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ file: base64 }), options: {} },
		},
		{
			id: `${node.id}-file`,
			name: `${node.name} (file)`,
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			position: [x - 130, y],
			parameters: { operation: 'toBinary', sourceProperty: 'file', binaryPropertyName: field, options: { fileName, mimeType } },
		},
	];
}

/** Webhook → the list as items (Edit Fields + Split Out) → `nodes`, each fed the items. */
function itemsWorkflow(name, path, list, nodes, credential) {
	const items = [webhookTrigger(path), ...itemsFrom(list, 'Items')];
	const sallaNodes = nodes.map((node, index) => ({
		id: `${path}-${index}`,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [800, index * 200],
		credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
		...node,
	}));
	return workflow(undefined, name, sallaNodes.map((node) => [...items, node]));
}

// Three brands, the second with a logo that is not a web address: it fails the node's own checks
const BRANDS = [
	{ name: 'Zara', logo: 'https://cdn.example.com/brands/zara.png' },
	{ name: 'Mango', logo: 'mango.png' },
	{ name: 'Nike', logo: 'https://cdn.example.com/brands/nike.png' },
];
const createBrand = (name, onError) => ({
	name,
	parameters: { resource: 'brand', operation: 'create', name: '={{ $json.name }}', logo: '={{ $json.logo }}' },
	...(onError ? { onError } : {}),
});

describe(`every operation and picker of the Salla node in n8n ${LINE} (n8n start)`, { concurrency: false }, () => {
	/** @type {N8nUnderTest} */
	let n8n;
	/** @type {N8nServer} */
	let server;
	let standin;
	let credential;
	const node = nodeUnderTest();
	const ran = new Set();
	// what the schema check saw: checked, nothing to check (no query or body in the schema), no schema
	// (an endpoint that salla-api-*.md documents but the OpenAPI file lacks)
	const schemaCheck = { checked: 0, nothing: 0, none: 0 };

	before(async () => {
		const t0 = Date.now();
		n8n = await new N8nUnderTest(LINE, { dataDir: join(userFoldersRoot(), `e2e-table-${LINE}`) }).start();
		standin = n8n.standin;
		standin.addClient(CLIENT_ID, CLIENT_SECRET);
		standin.addAccessToken(TOKENS.accessToken);
		standin.checkWith(await requestChecker());
		server = await new N8nServer(n8n).start();
		await server.setupOwner();
		credential = await server.mustRest('POST', '/credentials', { ...CRED, data: sallaCredentialData(TOKENS) });
		process.stderr.write(`[e2e table ${LINE}] n8n start ready in ${server.startMs} ms, set up in ${Date.now() - t0} ms\n`);
	});

	after(async () => {
		process.stdout.write(`operations run in n8n: ${ran.size} of ${node.operations.length}\n`);
		const { checked, nothing, none } = schemaCheck;
		process.stdout.write(
			`requests checked against Salla's schema: ${checked} of ${checked + nothing + none} (${nothing} with no query or body in their schema, ${none} to endpoints without an OpenAPI schema)\n`,
		);
		await server?.stop();
		await n8n?.stop();
	});

	/** Runs a workflow once through its webhook; resolves with n8n's saved execution. */
	async function runThroughWebhook(wf) {
		const created = await server.mustRest('POST', '/workflows', wf);
		await server.activate(created.id);
		const path = wf.nodes.find((node) => node.type === 'n8n-nodes-base.webhook').parameters.path;
		for (let tries = 0; ; tries++) {
			const response = await fetch(`${server.baseUrl}/webhook/${path}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
			if (response.status === 200) break;
			// n8n 2.x registers the webhook just after answering the activation
			if (tries > 100) throw new Error(`webhook ${path}: ${response.status} ${await response.text()}`);
			await sleep(100);
		}
		const [execution] = await server.waitForExecutions(created.id, 1, { timeoutMs: 60_000 });
		await server.deactivate(created.id);
		assert.ok(execution, `no execution of ${wf.name}`);
		return execution;
	}

	/** The requests a row's calls received, each checked: as expected, answered by its call, within the schema. */
	function assertRequests(label, row, requests) {
		const mine = requests.filter((entry) => entry.call?.row === row);
		const others = requests.filter((entry) => !entry.call).map(seen);
		assert.deepEqual(
			mine.map(seen),
			callsOf(row).map(({ request }) => expected(request)),
			`${label}: the requests Salla received (requests no row expected: ${JSON.stringify(others)})`,
		);
		for (const entry of mine) {
			assert.equal(entry.headers.authorization, `Bearer ${TOKENS.accessToken}`);
			assert.ok(entry.schema?.endpoint, `${label}: ${entry.method} ${entry.path} is not a documented endpoint (reference/salla-endpoints.json)`);
			if (entry.schema.checked) schemaCheck.checked++;
			else if (entry.schema.endpoint.source.startsWith('salla-merchant-openapi.json')) schemaCheck.nothing++;
			else schemaCheck.none++;
			const violations = entry.schema?.violations ?? [];
			assert.deepEqual(violations, [], `${label}: ${entry.method} ${entry.path} breaks ${entry.schema?.endpoint?.source}: ${violations.join('; ')}`);
		}
	}

	test('every operation of the node has a row in e2e/table/', () => {
		const inTable = new Set(table.flatMap(({ resource, operations = [] }) => operations.map((row) => `${resource}.${row.operation}`)));
		assert.deepEqual(node.operations.filter((operation) => !inTable.has(operation)), [], 'operations without a row: add one to e2e/table/<resource>.mjs');
		assert.deepEqual([...inTable].filter((operation) => !node.operations.includes(operation)), [], 'rows of operations the node does not have');
	});

	test('every picker of the node has a row in e2e/table/', () => {
		const inTable = new Set(table.flatMap(({ pickers = [] }) => pickers.map((row) => row.method)));
		assert.deepEqual(node.pickers.filter((method) => !inTable.has(method)), [], 'pickers without a row: add one to the table file of the resource it lists');
	});

	for (const { resource, operations = [] } of table) {
		if (!operations.length) continue;
		test(`${resource}: ${operations.map((row) => row.operation).join(', ')}`, async () => {
			standin.requests.length = 0;
			standin.script(scriptOf(operations));
			const execution = await runThroughWebhook(resourceWorkflow(resource, operations, credential));
			const runData = execution.data?.resultData?.runData ?? {};
			const requests = standin.requests.filter((entry) => entry.host === 'api.salla.dev');
			const failures = [];
			operations.forEach((row, index) => {
				const label = rowName(resource, row, index);
				try {
					assertRequests(label, row, requests);
					const items = runData[label]?.[0]?.data?.main?.[0] ?? [];
					assert.deepEqual(items.map((item) => item.json), row.output, `${label}: the items n8n output`);
					ran.add(`${resource}.${row.operation}`);
				} catch (error) {
					const items = runData[label]?.[0]?.data?.main?.[0] ?? [];
					const received = requests.filter((entry) => entry.call?.row === row).map(seen);
					failures.push(`${error.message.split('\n')[0]}\nreceived: ${JSON.stringify(received)}\noutput: ${JSON.stringify(items.map((item) => item.json))}`);
				}
			});
			if (failures.length) throw new Error(`${failures.length} of ${operations.length} rows failed:\n\n${failures.join('\n\n')}`);
		});
	}

	for (const { resource, pickers = [] } of table) {
		for (const row of pickers) {
			test(`${resource}: picker ${row.method} answers with a connected credential`, async () => {
				standin.requests.length = 0;
				standin.script(scriptOf([row]));
				const listSearch = !node.loadOptions.has(row.method);
				const answer = await server.rest('POST', `/dynamic-node-parameters/${listSearch ? 'resource-locator-results' : 'options'}`, {
					nodeTypeAndVersion: { name: NODE_TYPE, version: 1 },
					currentNodeParameters: row.parameters,
					path: row.path,
					methodName: row.method,
					...(listSearch ? { filter: row.filter ?? '' } : {}),
					credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				});
				const requests = standin.requests.filter((entry) => entry.host === 'api.salla.dev');
				const received = `received: ${JSON.stringify(requests.map(seen))}\nanswer: ${JSON.stringify(answer).slice(0, 1000)}`;
				assert.equal(answer.status, 200, received);
				assertRequests(row.method, row, requests);
				const data = answer.body.data;
				assert.deepEqual(listSearch ? data.results : data, row.results, received);
			});
		}
	}
	test('run gate, On Error → Stop: one bad item of three, nothing is sent to Salla and the run fails naming the field', async () => {
		standin.requests.length = 0;
		standin.script([]);
		const execution = await runThroughWebhook(itemsWorkflow('e2e gate: stop', 'gate-stop', BRANDS, [createBrand('Create brands')], credential));
		assert.equal(execution.status, 'error');
		assert.deepEqual(standin.requests.filter((entry) => entry.host === 'api.salla.dev').map(seen), [], 'no item reached Salla');
		const error = execution.data.resultData.runData['Create brands']?.[0]?.error;
		assert.match(`${error?.message} ${error?.description ?? ''}`, /Logo URL/);
	});

	test('run gate, On Error → Continue: only the bad item fails, the others are created', async () => {
		standin.requests.length = 0;
		standin.script([]);
		const execution = await runThroughWebhook(
			itemsWorkflow('e2e gate: continue', 'gate-continue', BRANDS, [createBrand('Create brands', 'continueRegularOutput')], credential),
		);
		// no gate in this mode: the valid items' requests may arrive in any order
		const requests = standin.requests.filter((entry) => entry.host === 'api.salla.dev');
		const byName = (a, b) => a.body.name.localeCompare(b.body.name);
		assert.deepEqual(
			requests.map(seen).sort(byName),
			[BRANDS[2], BRANDS[0]].map((brand) => ({ method: 'POST', path: '/brands', query: {}, body: brand })),
		);
		for (const entry of requests) assert.deepEqual(entry.schema.violations, []);
		const created = (name) => requests.find((entry) => entry.body.name === name).response.body.data;
		const items = execution.data.resultData.runData['Create brands'][0].data.main[0].map((item) => item.json);
		assert.equal(items.length, 3);
		assert.deepEqual(items[0], created('Zara'));
		assert.match(items[1].error, /Logo URL/);
		assert.deepEqual(items[2], created('Nike'));
	});

	test('a twin field (Name, shared by Brand → Create and Category → Create) resolves its expression per item in both', async () => {
		standin.requests.length = 0;
		const names = ['Shoes', 'Bags', 'Hats'];
		standin.script(names.map((_, index) => ({ method: 'POST', path: '/categories', query: {}, status: 201, body: { status: 201, success: true, data: { id: 100 + index } } })));
		const list = names.map((name) => ({ name, logo: `https://cdn.example.com/brands/${name.toLowerCase()}.png` }));
		const categories = { name: 'Create categories', parameters: { resource: 'category', operation: 'create', name: '={{ $json.name }}' } };
		const execution = await runThroughWebhook(itemsWorkflow('e2e twin field', 'twin-field', list, [createBrand('Create brands'), categories], credential));
		assert.equal(execution.status, 'success');
		// each item's own name went to Salla (the requests of one node may arrive in any order)
		const requests = standin.requests.filter((entry) => entry.host === 'api.salla.dev').map(seen);
		const bodiesTo = (path) => requests.filter((request) => request.path === path).map((request) => request.body);
		const byName = (a, b) => a.name.localeCompare(b.name);
		assert.deepEqual(bodiesTo('/brands').sort(byName), [...list].sort(byName));
		assert.deepEqual(bodiesTo('/categories').sort(byName), names.map((name) => ({ name })).sort(byName));
		const runData = execution.data.resultData.runData;
		assert.equal(runData['Create brands'][0].data.main[0].length, 3);
		assert.equal(runData['Create categories'][0].data.main[0].length, 3);
	});
});
