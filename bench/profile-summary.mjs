#!/usr/bin/env node
// node bench/profile-summary.mjs <file.cpuprofile> [more…] [--top 25] [--functions runNode,resolveBaseUrl,…]
// Where the CPU time of an `n8n execute` went (profiles from `npm run bench -- --cpu-prof`):
// self time by package (this package, n8n-core, n8n-workflow, …) and the top functions by self time,
// plus the inclusive time of this package's functions (what our code and everything it calls took), and
// of the functions named by --functions, wherever they are (e.g. resolveSimpleParameterValue: every
// expression n8n evaluated).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals: files } = parseArgs({
	allowPositionals: true,
	options: { top: { type: 'string', default: '25' }, functions: { type: 'string', default: '' } },
});
const TOP = Number(values.top);
const FUNCTIONS = values.functions ? values.functions.split(',') : [];

function packageOf(url) {
	if (!url) return '(native / GC / idle)';
	if (url.includes('n8n-nodes-salla-merchant')) return 'n8n-nodes-salla-merchant (ours)';
	const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
	if (m) return m[1];
	if (url.startsWith('node:')) return 'node:internal';
	return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

for (const file of files) {
	const profile = JSON.parse(readFileSync(file, 'utf8'));
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map();
	const dt = profile.timeDeltas;
	for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const byPackage = new Map();
	const byFunction = new Map();
	const oursInclusive = new Map();
	for (const [id, us] of self) {
		const n = byId.get(id);
		const { functionName, url, lineNumber } = n.callFrame;
		const pkg = packageOf(url);
		byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
		const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + us);
		// Charge this sample to the outermost frame of ours on its stack, if any.
		let outer;
		for (let at = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at).callFrame;
			if (frame.url?.includes('n8n-nodes-salla-merchant')) outer = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
		}
		if (outer) oursInclusive.set(outer, (oursInclusive.get(outer) ?? 0) + us);
	}
	const ms = (us) => (us / 1000).toFixed(0).padStart(7);
	const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
	console.log(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled`);
	console.log('self time by package:');
	for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms(v)} ms ${pct(v)}  ${k}`);
	console.log(`top ${TOP} functions by self time:`);
	for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(v)} ms ${pct(v)}  ${k}`);
	console.log("this package's outermost functions, inclusive (their own work and what they call):");
	for (const [k, v] of [...oursInclusive].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms(v)} ms ${pct(v)}  ${k}`);
	if (!FUNCTIONS.length) continue;
	// A sample counts once for a name, however often that function is on its stack (recursion).
	const named = new Map(FUNCTIONS.map((name) => [name, 0]));
	for (const [id, us] of self) {
		const onStack = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) onStack.add(byId.get(at).callFrame.functionName);
		for (const name of FUNCTIONS) if (onStack.has(name)) named.set(name, named.get(name) + us);
	}
	console.log('named functions, inclusive:');
	for (const [k, v] of named) console.log(`${ms(v)} ms ${pct(v)}  ${k}`);
}
