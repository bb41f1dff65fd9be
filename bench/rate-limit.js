#!/usr/bin/env node
/**
 * npm run bench:rate-limit [-- --items 300 --burst 20 --per-second 5 --latency 50]
 *
 * N "Customer Group → Create" items against a local stand-in for Salla that enforces a scaled-down
 * leaky bucket (a burst of 20, then 5 a second, by default), all in this process: nock answers
 * https://api.salla.dev from a reply function that runs the bucket on the real clock, with a fixed
 * latency per answer. It sends X-RateLimit-Limit/Remaining/Reset on every answer and Retry-After
 * on a 429, as Salla does.
 *
 * 1. The Salla node, through n8n-core's real WorkflowExecute → RoutingNode (test/helpers/engine.ts),
 *    with its default options and "On Error: Continue" so that a failed item would be counted.
 * 2. The same requests through n8n's HTTP Request node (n8n-nodes-base 2.41.1, node version 4.2,
 *    from the n8n install in tools/n8n) with its defaults: once as is, and once with
 *    "On Error: Continue" to count the items that failed.
 *
 * Prints the total time against the bucket's theoretical minimum ((N - burst) / rate seconds),
 * the 429s the stand-in sent, failed items, and whether every item was created exactly once.
 */
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');

process.env.N8N_LOG_LEVEL = 'silent';

const { ROOT: root, compileSources } = require('../harness/compile.cjs');

const toolsModules = path.join(root, 'tools/n8n/node_modules');

const { values } = parseArgs({
	options: {
		items: { type: 'string', default: '300' },
		burst: { type: 'string', default: '20' },
		'per-second': { type: 'string', default: '5' },
		latency: { type: 'string', default: '50' },
	},
});
const ITEMS = Number(values.items);
const BURST = Number(values.burst);
const PER_SECOND = Number(values['per-second']);
const LATENCY_MS = Number(values.latency);

const nock = require('nock');
const { TestCredentialsHelper, additionalDataFor, runSalla } = require(path.join(compileSources(), 'test/helpers/engine.js'));

const SALLA = 'https://api.salla.dev';
const PATH = '/admin/v2/customers/groups';

/** Salla's leaky bucket, scaled down: `burst` requests at once, then `perSecond` a second. */
function standInSalla(burst, perSecond) {
	let level = 0;
	let last = Date.now();
	let id = 0;
	const stats = { accepted: 0, limited: 0, created: new Map() };
	const reply = (body) => {
		const now = Date.now();
		level = Math.max(0, level - ((now - last) / 1000) * perSecond);
		last = now;
		const limits = (remaining) => ({
			'X-RateLimit-Limit': String(burst),
			'X-RateLimit-Remaining': String(remaining),
			// When the bucket will be empty again, in epoch seconds.
			'X-RateLimit-Reset': String(Math.ceil((now + (level / perSecond) * 1000) / 1000)),
		});
		if (level + 1 > burst) {
			stats.limited++;
			return [
				429,
				{ status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } },
				{ ...limits(0), 'Retry-After': String(Math.max(1, Math.ceil((level + 1 - burst) / perSecond))) },
			];
		}
		level += 1;
		stats.accepted++;
		const name = body && body.name;
		stats.created.set(name, (stats.created.get(name) || 0) + 1);
		return [
			201,
			{ status: 201, success: true, data: { id: ++id, name } },
			limits(Math.floor(burst - level)),
		];
	};
	nock.cleanAll();
	nock(SALLA)
		.post(PATH)
		.delay(LATENCY_MS)
		.reply((_uri, requestBody) => reply(typeof requestBody === 'string' ? JSON.parse(requestBody) : requestBody))
		.persist();
	return stats;
}

const names = Array.from({ length: ITEMS }, (_, index) => `Group ${String(index + 1).padStart(4, '0')}`);
const inputItems = names.map((name) => ({ name }));
const minimumSeconds = Math.max(0, ITEMS - BURST) / PER_SECOND;

function createdOnce(stats) {
	const twice = [...stats.created.values()].filter((count) => count > 1).length;
	const missing = names.filter((name) => !stats.created.has(name)).length;
	return { twice, missing };
}

/** Waits until a fresh bucket would be empty, so each run starts from a full burst. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

async function sallaNodeRun() {
	const stats = standInSalla(BURST, PER_SECOND);
	const started = Date.now();
	const { items, error } = await runSalla(
		{ resource: 'customerGroup', operation: 'create', name: '={{ $json.name }}' },
		{ items: inputItems, continueOnFail: true },
	);
	const seconds = (Date.now() - started) / 1000;
	const failed = items.filter((item) => item.error).length;
	const inOrder = items.every((item, index) => item.json && item.json.name === names[index]);
	return { seconds, stats, failed, results: items.length - failed, inOrder, error, ...createdOnce(stats) };
}

// --- n8n's HTTP Request node, run by the n8n-core of the n8n install in tools/n8n.
function httpRequestHarness() {
	const load = (name) => require(require.resolve(name, { paths: [toolsModules] }));
	const core = load('n8n-core');
	const workflowLib = load('n8n-workflow');
	const { HttpRequestV3 } = require(
		path.join(toolsModules, 'n8n-nodes-base/dist/nodes/HttpRequest/V3/HttpRequestV3.node.js'),
	);
	const nodeType = new HttpRequestV3({
		displayName: 'HTTP Request',
		name: 'httpRequest',
		group: ['output'],
		description: 'Makes an HTTP request and returns the response data',
		defaultVersion: 4.2,
	});
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	return async function runHttpRequest(settings) {
		const continueOnFail = settings.continueOnFail === true;
		const node = {
			id: 'http-node',
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [0, 0],
			// The request the Salla node sends; every other setting at its default.
			parameters: {
				method: 'POST',
				url: `${SALLA}${PATH}`,
				sendHeaders: true,
				headerParameters: { parameters: [{ name: 'Authorization', value: 'Bearer bench-token' }] },
				sendBody: true,
				bodyParameters: { parameters: [{ name: 'name', value: '={{ $json.name }}' }] },
				options: {},
			},
			...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
			// Node Settings → Retry On Fail (n8n's defaults once switched on: 3 tries, 1000 ms apart).
			...(settings.retryOnFail ? { retryOnFail: true, maxTries: 3, waitBetweenTries: 1000 } : {}),
		};
		const workflowData = { id: 'bench-http', name: 'HTTP Request bench', nodes: [node], connections: {}, active: false };
		const workflow = new workflowLib.Workflow({ ...workflowData, nodeTypes });
		const hooks = new core.ExecutionLifecycleHooks('manual', 'bench-http-execution', {
			...workflowData,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		// the unit tests' stand-in for the n8n application (no credential: HTTP Request sends none here)
		const additionalData = { ...additionalDataFor(new TestCredentialsHelper({})), hooks, currentNodeExecutionIndex: 0 };
		const runExecutionData = workflowLib.createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node, data: { main: [inputItems.map((json) => ({ json }))] }, source: null },
				],
			},
		});
		const stats = standInSalla(BURST, PER_SECOND);
		const started = Date.now();
		const run = await new core.WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			workflow,
		);
		const seconds = (Date.now() - started) / 1000;
		const taskData = run.data.resultData.runData['HTTP Request']?.[0];
		const items = taskData?.data?.main?.[0] ?? [];
		const error = taskData?.error ?? run.data.resultData.error;
		const failed = continueOnFail ? items.filter((item) => item.error || item.json?.error).length : ITEMS;
		return { seconds, stats, failed, results: items.length - (continueOnFail ? failed : 0), error, ...createdOnce(stats) };
	};
}

const fmt = (n) => n.toFixed(1);

async function main() {
	nock.disableNetConnect();
	console.log(
		`Stand-in bucket: a burst of ${BURST}, then ${PER_SECOND} a second; ${LATENCY_MS} ms per answer; ` +
			`${ITEMS} × Customer Group → Create.`,
	);
	console.log(`Theoretical minimum: (${ITEMS} − ${BURST}) / ${PER_SECOND} = ${fmt(minimumSeconds)} s\n`);

	const salla = await sallaNodeRun();
	console.log('Salla node (defaults; On Error: Continue to count failures)');
	console.log(`  total time        ${fmt(salla.seconds)} s (${fmt((salla.seconds / minimumSeconds) * 100)}% of the minimum)`);
	console.log(`  results           ${salla.results} of ${ITEMS}, in item order: ${salla.inOrder ? 'yes' : 'NO'}`);
	console.log(`  failed items      ${salla.failed}`);
	console.log(`  429s from bucket  ${salla.stats.limited}`);
	console.log(`  created twice     ${salla.twice}; never created ${salla.missing}`);

	await settle();
	let http;
	try {
		http = httpRequestHarness();
	} catch (error) {
		console.log(`\nHTTP Request node: not run (${error.message}); it needs the n8n install in tools/n8n.`);
		return salla.failed === 0 ? 0 : 1;
	}
	await new Promise((resolve) => setTimeout(resolve, (BURST / PER_SECOND) * 1000));
	const asIs = await http({});
	console.log('\nHTTP Request node 4.2, defaults');
	console.log(`  total time        ${fmt(asIs.seconds)} s`);
	console.log(`  outcome           ${asIs.error ? `the node failed: "${asIs.error.message}"; no item got a result` : `${asIs.results} results`}`);
	console.log(`  accepted / 429s   ${asIs.stats.accepted} created, ${asIs.stats.limited} refused`);

	await new Promise((resolve) => setTimeout(resolve, (BURST / PER_SECOND) * 1000));
	const counted = await http({ continueOnFail: true });
	console.log('\nHTTP Request node 4.2, defaults + On Error: Continue');
	console.log(`  total time        ${fmt(counted.seconds)} s`);
	console.log(`  results           ${counted.results} of ${ITEMS}`);
	console.log(`  failed items      ${counted.failed} (429)`);

	await new Promise((resolve) => setTimeout(resolve, (BURST / PER_SECOND) * 1000));
	const retried = await http({ retryOnFail: true });
	console.log('\nHTTP Request node 4.2, defaults + Retry On Fail (3 tries, 1000 ms apart)');
	console.log(`  total time        ${fmt(retried.seconds)} s`);
	console.log(`  outcome           ${retried.error ? `the node failed: "${retried.error.message}"; no item got a result` : `${retried.results} results`}`);
	console.log(`  accepted / 429s   ${retried.stats.accepted} created, ${retried.stats.limited} refused; ${retried.twice} groups created more than once`);

	console.log('\ndocs/benchmarks.md table:');
	console.log('| Run | Total time | Items failed | 429s from Salla | Created twice |');
	console.log('|---|---|---|---|---|');
	console.log(`| Salla node (defaults) | ${fmt(salla.seconds)} s | ${salla.failed} of ${ITEMS} | ${salla.stats.limited} | ${salla.twice} |`);
	console.log(`| HTTP Request node (defaults) | ${fmt(asIs.seconds)} s | the node fails: ${ITEMS} of ${ITEMS} without a result | ${asIs.stats.limited} | ${asIs.twice} |`);
	console.log(`| HTTP Request node, On Error: Continue | ${fmt(counted.seconds)} s | ${counted.failed} of ${ITEMS} | ${counted.stats.limited} | ${counted.twice} |`);
	console.log(`| HTTP Request node, Retry On Fail | ${fmt(retried.seconds)} s | the node fails: ${ITEMS} of ${ITEMS} without a result | ${retried.stats.limited} | ${retried.twice} |`);
	console.log(`| Theoretical minimum | ${fmt(minimumSeconds)} s | | | |`);
	const ratio = salla.seconds / minimumSeconds;
	const met = ratio <= 1.1 && salla.failed === 0 && salla.twice === 0 && salla.missing === 0;
	console.log(
		`\n${met ? 'MET    ' : 'NOT MET'} leaky bucket, ${ITEMS} creates: ${fmt(salla.seconds)} s = ${ratio.toFixed(2)}× the minimum (target ≤ 1.10×), ` +
			`${salla.failed} items failed (target 0), ${salla.twice} groups created twice (target 0), ${salla.stats.limited} refusals`,
	);
	return salla.failed === 0 && salla.twice === 0 && salla.missing === 0 && salla.inOrder ? 0 : 1;
}

main().then(
	(code) => {
		nock.cleanAll();
		nock.restore();
		process.exitCode = code;
	},
	(error) => {
		console.error(error);
		process.exitCode = 1;
	},
);
