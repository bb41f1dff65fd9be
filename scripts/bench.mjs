#!/usr/bin/env node
// npm run bench [-- --n8n 2.x|min] [--sizes 1000,5000] [--delays 0,50] [--return-all 10000]
//                  [--repeat 3] [--mode fresh|orders] [--cpu-prof] [--no-build]
//
// The Salla node against n8n's own HTTP Request node in a real n8n (`n8n execute`), both doing the
// same POST /brands with the same Salla OAuth2 credential, against the local Salla stand-in (HTTPS on
// loopback) advertising a large rate limit, answering after each of --delays milliseconds.
//
// --mode fresh (default): every (node, N, delay) runs in an `n8n execute` of its own, so neither node
//   inherits the other's warm-up, garbage or JIT; pairs alternate which node goes first.
// --mode orders: one `n8n execute`, the same N items through Salla, HTTP Request, HTTP Request, Salla
//   in that order: shows what running first (n8n's warm-up) costs either node.
// --return-all N: Brand → Get Many with Return All over N records (60 a page) beside HTTP Request's
//   own pagination doing the same walk (0 to skip).
// --repeat K (3): every pair K times, alternating which node goes first; the table shows each node's
//   median run and every pair's ratio, and the verdict is the median ratio (a single run of n8n
//   execute varies more than the gap being judged; figures: docs/benchmarks.md).
// --cpu-prof: each n8n process writes a V8 CPU profile to .e2e-data/bench-<line>/profiles.
//
// Time = n8n's executionTime of the node; memory = the n8n process, sampled every 5 ms: the peak
// while the node ran, and its rise over the sample just before the node started; in flight = the
// node's requests the stand-in held at once (the most, and the mean while it held any); CPU = the
// n8n process's CPU time (all its threads) while the node ran.
// Prints a table, then a one-line verdict per target.
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { CLIENT_ID, CLIENT_SECRET, CREDENTIAL_TYPE, credentialToImport } from '../harness/credentials.mjs';
import { N8nUnderTest, outputOf } from '../harness/n8n.mjs';
import { itemsFrom, manualTrigger, NODE_TYPE, workflow } from '../harness/workflows.mjs';
import { extendStandin } from '../harness/standin/bench.mjs';
import { buildPackage, ensureN8n, lineInfo, NEWEST, ROOT, userFoldersRoot } from '../harness/n8n-env.mjs';

const { values } = parseArgs({
	options: {
		n8n: { type: 'string', default: NEWEST },
		sizes: { type: 'string', default: '1000,5000' },
		delays: { type: 'string', default: '0,50' },
		'return-all': { type: 'string', default: '10000' },
		mode: { type: 'string', default: 'fresh' },
		repeat: { type: 'string', default: '3' },
		'cpu-prof': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
	},
});
const line = values.n8n;
const SIZES = values.sizes.split(',').map(Number);
const DELAYS = values.delays.split(',').map(Number);
const RETURN_ALL = Number(values['return-all']);
const MODE = values.mode;
const REPEAT = Math.max(1, Number(values.repeat));
const CPU_PROF = values['cpu-prof'];
const CRED = { id: 'SallaBenchCred01', name: 'Salla (benchmark)', type: CREDENTIAL_TYPE };
const TOKEN = 'at-bench';
const LOGO = 'https://cdn.example.com/brands/bench.png';
const TIME_TARGET = 1.0;
const MEMORY_TARGET = 1.5;
const say = (m) => process.stderr.write(`[bench] ${m}\n`);
let seq = 0;

function credentials() {
	return { [CREDENTIAL_TYPE]: { id: CRED.id, name: CRED.name } };
}

function sallaNode(name, parameters) {
	return { id: `salla-${++seq}`, name, type: NODE_TYPE, typeVersion: 1, position: [600, 0], parameters, credentials: credentials() };
}

function httpNode(name, parameters) {
	return {
		id: `http-${++seq}`,
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [600, 0],
		parameters: { authentication: 'predefinedCredentialType', nodeCredentialType: CREDENTIAL_TYPE, ...parameters },
		credentials: credentials(),
	};
}

/** Salla → Brand → Create, one request per item. */
const sallaCreate = (name) => sallaNode(name, { resource: 'brand', operation: 'create', name: '={{ $json.name }}', logo: LOGO });

/** HTTP Request doing the same POST with the same credential. */
const httpCreate = (name) =>
	httpNode(name, {
		method: 'POST',
		url: 'https://api.salla.dev/admin/v2/brands',
		sendBody: true,
		specifyBody: 'json',
		jsonBody: `={{ JSON.stringify({ name: $json.name, logo: ${JSON.stringify(LOGO)} }) }}`,
		options: {},
	});

/** Salla → Brand → Get Many, Return All: 60 a page until the last page. */
const sallaWalk = (name) => sallaNode(name, { resource: 'brand', operation: 'getAll', returnAll: true });

/** HTTP Request's own pagination doing the same walk (one output item per page, as it does). */
const httpWalk = (name) =>
	httpNode(name, {
		method: 'GET',
		url: 'https://api.salla.dev/admin/v2/brands',
		sendQuery: true,
		queryParameters: { parameters: [{ name: 'per_page', value: '60' }] },
		options: {
			pagination: {
				pagination: {
					paginationMode: 'updateAParameterInEachRequest',
					parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }] },
					paginationCompleteWhen: 'other',
					completeExpression: '={{ $response.body.pagination.currentPage >= $response.body.pagination.totalPages }}',
					limitPagesFetched: false,
				},
			},
		},
	});

/** Start → N items → the given nodes, each fed the same N items, run top to bottom. */
function chainWorkflow(id, n, nodes) {
	const start = manualTrigger();
	const list = Array.from({ length: n }, (_, i) => ({ name: `Bench ${n} #${i}` }));
	const [json, split] = itemsFrom(list, `Items ${n}`);
	json.position = [200, 0];
	split.position = [400, 0];
	const chains = [[start, json, split]];
	nodes.forEach((node, i) => {
		node.position = [600, i * 150];
		chains.push([split, node]);
	});
	return workflow(id, id, chains);
}

function peakDuring(mem, from, to) {
	const before = mem.samples.filter(([t]) => t <= from).at(-1) ?? mem.samples[0];
	// the first sample once the node has ended (the sampler cannot run while n8n works synchronously)
	const after = mem.samples.find(([t]) => t >= to) ?? mem.samples.at(-1);
	let rss = before[1];
	let heap = before[2];
	for (const [t, r, h] of mem.samples) {
		if (t < from || t > to + 5) continue;
		if (r > rss) rss = r;
		if (h > heap) heap = h;
	}
	// CPU time of the n8n process (every thread: JavaScript, garbage collection, TLS) while the node ran
	const cpuMs = (after[3] - before[3]) / 1000;
	return { rss, heap, rssRise: rss - before[1], heapRise: heap - before[2], cpuMs };
}

/** The middle element by `key` (the lower middle of an even count). */
const median = (list, key) => [...list].sort((a, b) => key(a) - key(b))[Math.floor((list.length - 1) / 2)];
const mib = (b) => (b / 1048576).toFixed(0);
const pad = (s, n) => String(s).padStart(n);

if (!values['no-build']) buildPackage();
ensureN8n(line);
const info = lineInfo(line);
const load = loadavg()[0].toFixed(2);
const dataDir = join(userFoldersRoot(), `bench-${line}`);
const n8n = await new N8nUnderTest(line, { record: false, dataDir }).start();
extendStandin(n8n.standin, { records: RETURN_ALL || 60 });
n8n.standin.addClient(CLIENT_ID, CLIENT_SECRET);
n8n.standin.addAccessToken(TOKEN);
await n8n.importCredentials([
	credentialToImport(CRED, { accessToken: TOKEN, refreshToken: 'rt-bench' }, n8n.encryptionKey),
]);
const profileDir = join(dataDir, 'profiles');
if (CPU_PROF) mkdirSync(profileDir, { recursive: true });

/** Runs one workflow in its own `n8n execute`; returns each named node's time and memory. */
async function execute(wf, names, delayMs) {
	n8n.standin.delayMs = delayMs;
	const before = n8n.standin.count;
	n8n.standin.resetInFlight();
	const memlog = join(dataDir, `memory-${wf.id}.json`);
	const env = { SALLA_E2E_MEMLOG: memlog };
	if (CPU_PROF) env.NODE_OPTIONS = `${n8n.env.NODE_OPTIONS} --cpu-prof --cpu-prof-dir=${profileDir} --cpu-prof-name=${wf.id}-\${pid}.cpuprofile`;
	const { runData, error, stderr } = await n8n.execute(wf.id, { env, timeoutMs: 30 * 60_000, stdoutFile: join(dataDir, 'execute-output.json') });
	if (error) throw new Error(`${wf.id} failed: ${JSON.stringify(error).slice(0, 1500)}\n${stderr.slice(-2000)}`);
	const mem = JSON.parse(readFileSync(memlog, 'utf8'));
	const f = n8n.standin.inFlight;
	const result = { requests: n8n.standin.count - before, inFlight: { max: f.max, mean: f.busyMs ? f.weightedMs / f.busyMs : 0 } };
	for (const name of names) {
		const task = runData[name]?.[0];
		const out = outputOf(runData, name);
		if (!task || out.some((i) => i.json?.error)) throw new Error(`${name}: failed (${task?.error?.message})`);
		result[name] = { ms: task.executionTime, items: out.length, ...peakDuring(mem, task.startTime, task.startTime + task.executionTime) };
	}
	return result;
}

const workflows = [];
const plan = [];
if (MODE === 'orders') {
	for (const n of SIZES) {
		const names = [`Salla ${n} first`, `HTTP Request ${n} second`, `HTTP Request ${n} third`, `Salla ${n} fourth`];
		const wf = chainWorkflow(`BenchOrders${n}`, n, [sallaCreate(names[0]), httpCreate(names[1]), httpCreate(names[2]), sallaCreate(names[3])]);
		workflows.push(wf);
		for (const delay of DELAYS) plan.push({ kind: 'orders', n, delay, wf, names });
	}
} else {
	let pair = 0;
	for (const delay of DELAYS) {
		for (const n of SIZES) {
			const s = chainWorkflow(`BenchSalla${n}d${delay}`, n, [sallaCreate('Salla')]);
			const h = chainWorkflow(`BenchHttp${n}d${delay}`, n, [httpCreate('HTTP Request')]);
			workflows.push(s, h);
			const order = pair++ % 2 === 0 ? ['salla', 'http'] : ['http', 'salla'];
			plan.push({ kind: 'create', n, delay, order, wf: { salla: s, http: h } });
		}
	}
}
if (RETURN_ALL > 0) {
	const s = chainWorkflow('BenchWalkSalla', 1, [sallaWalk('Salla')]);
	const h = chainWorkflow('BenchWalkHttp', 1, [httpWalk('HTTP Request')]);
	workflows.push(s, h);
	plan.push({ kind: 'walk', n: RETURN_ALL, delay: 0, order: ['salla', 'http'], wf: { salla: s, http: h } });
}
await n8n.importWorkflows(workflows);

const t0 = Date.now();
const results = [];
for (const step of plan) {
	if (step.kind === 'orders') {
		say(`n8n ${info.n8nVersion}: ${step.n} items, answers after ${step.delay} ms: Salla, HTTP, HTTP, Salla in one process…`);
		const r = await execute(step.wf, step.names, step.delay);
		results.push({ ...step, r });
		continue;
	}
	const row = { ...step, runs: { salla: [], http: [] }, ratios: [] };
	for (let round = 0; round < REPEAT; round++) {
		const order = round % 2 === 0 ? step.order : [...step.order].reverse();
		const pair = {};
		for (const who of order) {
			const name = who === 'salla' ? 'Salla' : 'HTTP Request';
			const what = step.kind === 'walk' ? `Return All over ${step.n} records` : `${step.n} items, answers after ${step.delay} ms`;
			say(`n8n ${info.n8nVersion}: ${what}: ${who === 'salla' ? 'Salla node' : 'HTTP Request'} (fresh n8n execute${REPEAT > 1 ? `, pair ${round + 1} of ${REPEAT}` : ''})…`);
			const r = await execute(step.wf[who], [name], step.delay);
			pair[who] = { ...r[name], requests: r.requests, inFlight: r.inFlight };
			row.runs[who].push(pair[who]);
			say(`  ${name}: ${r[name].ms} ms, ${r[name].items} items out, RSS rise +${mib(r[name].rssRise)} MiB, CPU ${(r[name].cpuMs / 1000).toFixed(1)} s, ${r.requests} requests, in flight at most ${r.inFlight.max} (mean ${r.inFlight.mean.toFixed(1)} while any)`);
		}
		row.ratios.push({
			time: pair.salla.ms / pair.http.ms,
			memory: pair.salla.rssRise / Math.max(pair.http.rssRise, 1),
			cpu: pair.salla.cpuMs / Math.max(pair.http.cpuMs, 1),
		});
	}
	// each node's median run (by time) stands for it in the table; the verdicts take the median ratios
	for (const who of ['salla', 'http']) row[who] = median(row.runs[who], (x) => x.ms);
	results.push(row);
}
const wall = ((Date.now() - t0) / 1000).toFixed(0);
await n8n.stop();

console.log('');
console.log(
	`Salla node vs HTTP Request — n8n ${info.n8nVersion} (${line}) on Node ${info.nodeVersionWanted ?? process.version}, ` +
		`${cpus().length} cores (${cpus()[0]?.model?.trim()}), ${mib(totalmem())} MiB RAM, load average ${load} at the start; mode ${MODE}${REPEAT > 1 ? `; ${REPEAT} pairs each, medians` : ''}`,
);
console.log(`stand-in on loopback HTTPS advertising X-RateLimit-Limit 1000000; time = n8n's executionTime; memory = n8n process (5 ms samples), rise over the sample before the node`);
console.log('');
const verdicts = [];
const flight = (x) => `${x.inFlight.max} (${x.inFlight.mean.toFixed(1)})`;
const verdict = (ok, text) => verdicts.push(`${ok ? 'MET    ' : 'NOT MET'} ${text}`);
if (MODE === 'orders') {
	console.log(`${pad('items', 6)} | ${pad('delay', 5)} | ${'node (order)'.padEnd(26)} | ${pad('ms', 7)} | ${pad('ms/item', 7)} | ${pad('RSS rise MiB', 12)} | ${pad('heap rise MiB', 13)}`);
	for (const { n, delay, r, names } of results) {
		for (const name of names) {
			const x = r[name];
			console.log(`${pad(n, 6)} | ${pad(delay, 5)} | ${name.padEnd(26)} | ${pad(x.ms, 7)} | ${pad((x.ms / n).toFixed(2), 7)} | ${pad(mib(x.rssRise), 12)} | ${pad(mib(x.heapRise), 13)}`);
		}
	}
} else {
	console.log(
		`| what | items | answer delay | Salla ms | HTTP ms | Salla ms/item | HTTP ms/item | time ratio | Salla / HTTP CPU s (ratio) | Salla RSS peak (rise) MiB | HTTP RSS peak (rise) MiB | RSS rise ratio | Salla heap rise MiB | HTTP heap rise MiB | in flight Salla / HTTP, most (mean) | requests Salla / HTTP | first |`,
	);
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
	for (const row of results) {
		const { n, delay, salla, http } = row;
		const timeRatio = median(row.ratios, (x) => x.time).time;
		const memRatio = median(row.ratios, (x) => x.memory).memory;
		const cpuRatio = median(row.ratios, (x) => x.cpu).cpu;
		const cpu = `${(salla.cpuMs / 1000).toFixed(1)} / ${(http.cpuMs / 1000).toFixed(1)} (${cpuRatio.toFixed(2)})`;
		const each = REPEAT > 1 ? ` (pairs: ${row.ratios.map((x) => x.time.toFixed(2)).join(', ')})` : '';
		const what = row.kind === 'walk' ? 'Return All' : 'Create';
		console.log(
			`| ${what} | ${n} | ${delay} ms | ${salla.ms} | ${http.ms} | ${(salla.ms / n).toFixed(3)} | ${(http.ms / n).toFixed(3)} | ${timeRatio.toFixed(2)}${each} | ${cpu} | ${mib(salla.rss)} (+${mib(salla.rssRise)}) | ${mib(http.rss)} (+${mib(http.rssRise)}) | ${memRatio.toFixed(2)} | ${mib(salla.heapRise)} | ${mib(http.heapRise)} | ${flight(salla)} / ${flight(http)} | ${salla.requests} / ${http.requests} | ${REPEAT > 1 ? 'each in turn' : row.order[0]} |`,
		);
		if (row.kind === 'create') {
			verdict(timeRatio <= TIME_TARGET, `n8n ${info.n8nVersion}, ${n} items, ${delay} ms answers: Salla time ${timeRatio.toFixed(2)}× HTTP Request's${REPEAT > 1 ? `, median of ${REPEAT} pairs${each}` : ''}; CPU time ${cpuRatio.toFixed(2)}× (target ≤ ${TIME_TARGET.toFixed(2)}×)`);
			verdict(memRatio <= MEMORY_TARGET, `n8n ${info.n8nVersion}, ${n} items, ${delay} ms answers: Salla peak RSS rise ${memRatio.toFixed(2)}× HTTP Request's, +${mib(salla.rssRise)} vs +${mib(http.rssRise)} MiB (target ≤ ${MEMORY_TARGET.toFixed(2)}×)`);
		} else {
			const expected = Math.ceil(n / 60);
			verdict(
				salla.requests === expected && salla.items === n,
				`n8n ${info.n8nVersion}, Return All over ${n} records: ${salla.requests} requests (target exactly ${expected}), ${salla.items} items, ${salla.ms} ms vs HTTP Request pagination ${http.ms} ms (${http.requests} requests), RSS rise +${mib(salla.rssRise)} vs +${mib(http.rssRise)} MiB`,
			);
		}
	}
}
console.log('');
console.log(`${wall} s of n8n executes; ${n8n.standin.count} requests served${CPU_PROF ? `; CPU profiles in ${profileDir.replace(`${ROOT}/`, '')}` : ''}`);
if (verdicts.length) {
	console.log('');
	for (const v of verdicts) console.log(v);
}
