#!/usr/bin/env node
/**
 * node bench/expression-count.js [--items 20]
 *
 * How many expressions n8n evaluates per item for Salla → Brand → Create with Name = {{ $json.name }},
 * through the project's n8n-core (2.41.1, RoutingNode as in n8n 2.41) with nock as Salla: every call
 * of n8n-workflow's WorkflowExpression.resolveSimpleParameterValue on an "=…" value is counted, by who asked for it.
 * n8n 2.41 runs each evaluation in its isolated-vm expression engine: in the benchmark's CPU profiles
 * that engine is the largest single cost of the Salla node.
 */
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');

process.env.N8N_LOG_LEVEL = 'silent';
const { compileSources } = require('../harness/compile.cjs');

// --one-name: the same run with the node's other top-level "name" properties taken out of its
// description (an experiment: what a single shared Name field would save), timed against the node as is.
const { values } = parseArgs({ options: { 'one-name': { type: 'boolean', default: false }, items: { type: 'string', default: '20' } } });
const ONE_NAME = values['one-name'];
const ITEMS = Number(values.items);
const nock = require('nock');
const { WorkflowExpression } = require(path.join(require.resolve('n8n-workflow'), '../workflow-expression.js'));
const built = compileSources();
const { runSalla } = require(path.join(built, 'test/helpers/engine.js'));

const counts = new Map();
const original = WorkflowExpression.prototype.resolveSimpleParameterValue;
WorkflowExpression.prototype.resolveSimpleParameterValue = function (value, ...rest) {
	if (typeof value === 'string' && value.startsWith('=')) {
		const stack = new Error().stack;
		const who = stack.includes('resolveBaseUrl')
			? "n8n-core RoutingNode.resolveBaseUrl: every property's value, again (n8n 2.x)"
			: stack.includes('getNodeParameter')
				? 'getNodeParameter (the node\'s own preSend, or routing.send of a shown field)'
				: stack.includes('runNode')
					? "n8n-core RoutingNode.runNode: every property's value, shown or not"
					: 'other';
		counts.set(who, (counts.get(who) ?? 0) + 1);
	}
	return original.call(this, value, ...rest);
};

const sallaModule = require(path.join(built, 'nodes/Salla/Salla.node.js'));
const AsIs = sallaModule.Salla;
class OneName extends AsIs {
	constructor() {
		super();
		const keep = (p) => p.name !== 'name' || p.displayOptions?.show?.resource?.includes('brand');
		this.description = { ...this.description, properties: this.description.properties.filter(keep) };
	}
}

async function once(variant) {
	sallaModule.Salla = variant;
	counts.clear();
	const started = process.hrtime.bigint();
	await main();
	return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main() {
	nock.disableNetConnect();
	nock('https://api.salla.dev')
		.post('/admin/v2/brands')
		.times(ITEMS)
		.reply(201, (_uri, body) => ({ status: 201, success: true, data: { id: 1, name: body.name } }));
	const items = Array.from({ length: ITEMS }, (_, i) => ({ name: `Brand ${i}` }));
	const { items: out, error } = await runSalla(
		{ resource: 'brand', operation: 'create', name: '={{ $json.name }}', logo: 'https://cdn.example.com/b.png' },
		{ items },
	);
	if (error || out.length !== ITEMS) throw new Error(`run failed: ${error?.message}`);
	const sameName = new sallaModule.Salla().description.properties.filter((p) => p.name === 'name').length;
	console.log(`Salla → Brand → Create, ${ITEMS} items, Name = {{ $json.name }} (${sameName} top-level properties of the node are named "name")`);
	let total = 0;
	for (const [who, count] of counts) {
		total += count;
		console.log(`  ${(count / ITEMS).toFixed(1).padStart(5)} per item  ${who}`);
	}
	console.log(`  ${(total / ITEMS).toFixed(1).padStart(5)} per item  in all (HTTP Request evaluates its JSON body once per item)`);
}

async function compare() {
	if (!ONE_NAME) return await main();
	const times = { asIs: [], oneName: [] };
	for (let round = 0; round < 3; round++) {
		times.asIs.push(await once(AsIs));
		times.oneName.push(await once(OneName));
	}
	const best = (list) => Math.min(...list).toFixed(0);
	console.log(`best of 3, ${ITEMS} items in-process (nock): node as is ${best(times.asIs)} ms; one "name" property ${best(times.oneName)} ms`);
}

compare().then(
	() => nock.restore(),
	(error) => {
		console.error(error);
		process.exitCode = 1;
	},
);
