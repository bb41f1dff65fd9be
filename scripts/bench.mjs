#!/usr/bin/env node
// npm run bench [-- --n8n 2.x|min] [--sizes 100,1000,5000] [--no-build]
// One `n8n execute` of one workflow: for each N, N items through Salla → Customer Group → Create
// and the same N items through n8n's HTTP Request node doing the same POST with the same Salla
// credential, against the local Salla stand-in (HTTPS on loopback). Prints each node's execution
// time (n8n's own measure), time per item, the Salla node's overhead per item over HTTP Request,
// the ratio of the two, and each node's peak memory (the n8n process sampled every 5 ms).
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import {
	CLIENT_ID,
	CLIENT_SECRET,
	CREDENTIAL_TYPE,
	N8nUnderTest,
	encryptCredentialData,
	itemsFrom,
	manualTrigger,
	outputOf,
	sallaCreateNode,
	sallaCredentialData,
	workflow,
} from '../e2e/lib/harness.mjs';
import { NEWEST, buildPackage, ensureN8n, lineInfo, parseLineArg, userFoldersRoot } from './lib/n8n-env.mjs';

const argv = process.argv.slice(2);
const line = parseLineArg(argv, NEWEST);
const sizesArg = argv.find((a) => a.startsWith('--sizes'));
const SIZES = (sizesArg?.includes('=') ? sizesArg.split('=')[1] : sizesArg ? argv[argv.indexOf(sizesArg) + 1] : '100,1000,5000')
	.split(',')
	.map(Number);
const WF_ID = 'SallaBenchmark01';
const CRED = { id: 'SallaBenchCred01', name: 'Salla (benchmark)', type: CREDENTIAL_TYPE };
const TOKEN = 'at-bench';
const say = (m) => process.stderr.write(`[bench] ${m}\n`);

function httpRequestNode(name, n) {
	return {
		id: `http-${n}`,
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [600, 0],
		parameters: {
			method: 'POST',
			url: 'https://api.salla.dev/admin/v2/customers/groups',
			authentication: 'predefinedCredentialType',
			nodeCredentialType: CREDENTIAL_TYPE,
			sendBody: true,
			specifyBody: 'json',
			jsonBody:
				'={{ JSON.stringify({ name: "H " + $json.name, conditions: [{ type: "total_sales", symbol: ">", value: $json.minSales }], features: { payment_method: ["mada"], shipping: ["all"] } }) }}',
			options: {},
		},
		credentials: { [CREDENTIAL_TYPE]: { id: CRED.id, name: CRED.name } },
	};
}

function benchWorkflow() {
	const start = manualTrigger();
	const chains = [];
	let y = 0;
	for (const n of SIZES) {
		const list = Array.from({ length: n }, (_, i) => ({ name: `Bench ${n} #${i}`, minSales: 100 + i }));
		const [json, split] = itemsFrom(list, `Items ${n}`);
		const salla = sallaCreateNode(`Salla ${n}`, CRED, {
			name: '={{ $json.name }}',
			conditions: { condition: [{ type: 'total_sales', symbol: '>', value: '={{ $json.minSales }}' }] },
			features: { payment_method: ['mada'], shipping: 'all' },
		});
		const http = httpRequestNode(`HTTP Request ${n}`, n);
		// executionOrder v1 runs branch after branch, top to bottom: the two nodes never overlap
		for (const [node, x] of [[json, 200], [split, 400]]) node.position = [x, y];
		salla.position = [600, y];
		http.position = [600, y + 100];
		y += 300;
		chains.push([start, json, split, salla], [split, http]);
	}
	return workflow(WF_ID, 'benchmark: Salla node vs HTTP Request', chains);
}

function peakDuring(mem, from, to) {
	const before = mem.samples.filter(([t]) => t <= from).at(-1) ?? mem.samples[0];
	let rss = before[1];
	let heap = before[2];
	for (const [t, r, h] of mem.samples) {
		if (t < from || t > to + 5) continue;
		if (r > rss) rss = r;
		if (h > heap) heap = h;
	}
	return { rss, heap, rssBefore: before[1], heapBefore: before[2] };
}

const mb = (b) => (b / 1048576).toFixed(0);
const pad = (s, n) => String(s).padStart(n);

if (!argv.includes('--no-build')) buildPackage();
ensureN8n(line);
const info = lineInfo(line);
const n8n = await new N8nUnderTest(line, { record: false, dataDir: join(userFoldersRoot(), `bench-${line}`) }).start();
const memlog = join(n8n.dataDir, 'memory.json');
n8n.standin.addClient(CLIENT_ID, CLIENT_SECRET);
n8n.standin.addAccessToken(TOKEN);
await n8n.importCredentials([
	{ ...CRED, data: encryptCredentialData(sallaCredentialData({ accessToken: TOKEN, refreshToken: 'rt-bench' }), n8n.encryptionKey) },
]);
await n8n.importWorkflows([benchWorkflow()]);
say(`n8n ${info.n8nVersion}: executing ${SIZES.join(' + ')} items through each node…`);
const t0 = Date.now();
const { runData, error, stderr } = await n8n.execute(WF_ID, {
	env: { SALLA_E2E_MEMLOG: memlog },
	timeoutMs: 30 * 60_000,
});
const wall = Date.now() - t0;
await n8n.stop();
if (error) {
	console.error(`the benchmark workflow failed: ${JSON.stringify(error).slice(0, 2000)}\n${stderr.slice(-3000)}`);
	process.exit(1);
}
const mem = JSON.parse(readFileSync(memlog, 'utf8'));

const rows = [];
for (const n of SIZES) {
	const row = { n };
	for (const [key, name] of [['salla', `Salla ${n}`], ['http', `HTTP Request ${n}`]]) {
		const task = runData[name]?.[0];
		const out = outputOf(runData, name);
		if (!task || out.length !== n || out.some((i) => i.json?.error)) {
			throw new Error(`${name}: expected ${n} items out, got ${out.length}${task?.error ? ` (${task.error.message})` : ''}`);
		}
		const peak = peakDuring(mem, task.startTime, task.startTime + task.executionTime);
		row[key] = { ms: task.executionTime, ...peak };
	}
	rows.push(row);
}
if (n8n.standin.count !== SIZES.reduce((a, b) => a + 2 * b, 0)) {
	throw new Error(`the stand-in received ${n8n.standin.count} requests, expected ${SIZES.reduce((a, b) => a + 2 * b, 0)}`);
}

const processPeak = Math.max(...mem.samples.map((s) => s[1]));
console.log('');
console.log(`Salla node vs HTTP Request node — n8n ${info.n8nVersion} on Node ${'24'} (${info.nodeVersionWanted ?? process.version}), ${cpus().length} cores, ${mb(totalmem())} MiB RAM`);
console.log(`one n8n execute, stand-in on loopback HTTPS; node time = n8n's executionTime; memory = n8n process, sampled every 5 ms`);
console.log('');
console.log(`${pad('items', 6)} | ${pad('Salla ms', 9)} | ${pad('HTTP ms', 8)} | ${pad('Salla ms/item', 13)} | ${pad('HTTP ms/item', 12)} | ${pad('overhead ms/item', 16)} | ${pad('ratio', 5)} | ${pad('Salla peak RSS (+Δ) MiB', 24)} | ${pad('HTTP peak RSS (+Δ) MiB', 23)} | ${pad('Salla peak heap MiB', 19)} | ${pad('HTTP peak heap MiB', 18)}`);
for (const { n, salla, http } of rows) {
	console.log(
		`${pad(n, 6)} | ${pad(salla.ms, 9)} | ${pad(http.ms, 8)} | ${pad((salla.ms / n).toFixed(3), 13)} | ${pad((http.ms / n).toFixed(3), 12)} | ${pad(((salla.ms - http.ms) / n).toFixed(3), 16)} | ${pad((salla.ms / http.ms).toFixed(2), 5)} | ${pad(`${mb(salla.rss)} (+${mb(salla.rss - salla.rssBefore)})`, 24)} | ${pad(`${mb(http.rss)} (+${mb(http.rss - http.rssBefore)})`, 23)} | ${pad(mb(salla.heap), 19)} | ${pad(mb(http.heap), 18)}`,
	);
}
console.log('');
console.log(`n8n process peak RSS ${mb(processPeak)} MiB; whole n8n execute ${(wall / 1000).toFixed(1)} s; ${n8n.standin.count} requests served`);
