// This package inside an n8n user folder, the way n8n installs a community package (for the e2e
// suite, npm run dev and the benchmarks).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { lineInfo, npmBin, PACKAGE, ROOT, run } from './n8n-env.mjs';

/**
 * Installs this package into <userFolder>/.n8n/nodes the way n8n 2.41 installs a community
 * package: the `npm pack` tarball unpacked into node_modules/<name>, devDependencies,
 * peerDependencies and optionalDependencies dropped from its package.json, `npm install` run in it
 * with n8n's flags, and the ledger <userFolder>/.n8n/nodes/package.json updated.
 */
export function installPackageInto(userFolder, { quiet = false } = {}) {
	for (const f of [...PACKAGE.n8n.nodes, ...PACKAGE.n8n.credentials]) {
		if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run npm run build first`);
	}
	assertNoForeignN8nWorkflow(userFolder);
	const nodesDir = join(userFolder, '.n8n/nodes');
	const pkgDir = join(nodesDir, 'node_modules', PACKAGE.name);
	const packDir = mkdtempSync(join(tmpdir(), 'salla-pack-'));
	try {
		const out = execFileSync(npmBin(), ['pack', '--json', '--pack-destination', packDir], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'],
			env: { ...process.env, npm_config_ignore_scripts: 'true' },
		});
		const tarball = join(packDir, JSON.parse(out)[0].filename);
		rmSync(pkgDir, { recursive: true, force: true });
		mkdirSync(pkgDir, { recursive: true });
		execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
		const pj = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
		const { devDependencies, peerDependencies, optionalDependencies, ...kept } = pj;
		writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(kept, null, 2));
		if (kept.dependencies && Object.keys(kept.dependencies).length) {
			run(npmBin(), ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'], { cwd: pkgDir });
		}
		const ledgerPath = join(nodesDir, 'package.json');
		let ledger = { name: 'installed-nodes', private: true, dependencies: {} };
		if (existsSync(ledgerPath)) {
			try {
				ledger = JSON.parse(readFileSync(ledgerPath, 'utf8'));
				ledger.dependencies ??= {};
			} catch {
				/* rebuilt below */
			}
		}
		ledger.dependencies[PACKAGE.name] = kept.version;
		writeFileSync(ledgerPath, JSON.stringify(ledger, null, 2));
		return pkgDir;
	} finally {
		rmSync(packDir, { recursive: true, force: true });
	}
}

/**
 * n8n removes peerDependencies on install so that a community package's `require('n8n-workflow')`
 * finds n8n's own copy (through NODE_PATH). A node_modules/n8n-workflow in a folder above the
 * user folder (this repository's, say) would be found first and make the package run on another
 * copy, unlike any real install: refuse such a user folder.
 */
export function assertNoForeignN8nWorkflow(userFolder) {
	let dir = resolve(userFolder);
	for (;;) {
		if (existsSync(join(dir, 'node_modules/n8n-workflow'))) {
			throw new Error(`${dir}/node_modules/n8n-workflow would shadow n8n's own n8n-workflow for the package: put the n8n user folder elsewhere (outside this repository)`);
		}
		const up = dirname(dir);
		if (up === dir) return;
		dir = up;
	}
}

/**
 * Records this package in the n8n database of a user folder the way n8n records a package installed
 * from Settings → Community nodes (its installed_packages and installed_nodes tables, one row per
 * node: its display name, type and version), so that the package appears there as installed. Needs
 * the database n8n creates on its first start: call it once n8n is up. Uses the line's own sqlite3.
 * Returns the rows it wrote.
 */
export async function recordInstalledPackage(line, userFolder) {
	const require = createRequire(join(lineInfo(line).dir, 'package.json'));
	const sqlite3 = require('sqlite3');
	const fromRoot = createRequire(join(ROOT, 'package.json'));
	const nodes = PACKAGE.n8n.nodes.map((file) => {
		const mod = fromRoot(join(ROOT, file));
		const NodeClass = Object.values(mod).find((v) => typeof v === 'function');
		const { description } = new NodeClass();
		const version = Array.isArray(description.version) ? Math.max(...description.version) : description.version;
		return { name: description.displayName, type: `${PACKAGE.name}.${description.name}`, latestVersion: version, package: PACKAGE.name };
	});
	const author = PACKAGE.author ?? {};
	const db = new sqlite3.Database(join(userFolder, '.n8n/database.sqlite'));
	const runSql = (sql, params = []) =>
		new Promise((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())));
	try {
		db.configure('busyTimeout', 10_000);
		await runSql('BEGIN');
		await runSql('DELETE FROM installed_nodes WHERE package = ?', [PACKAGE.name]);
		await runSql('DELETE FROM installed_packages WHERE packageName = ?', [PACKAGE.name]);
		await runSql('INSERT INTO installed_packages (packageName, installedVersion, authorName, authorEmail) VALUES (?, ?, ?, ?)', [
			PACKAGE.name,
			PACKAGE.version,
			author.name ?? null,
			author.email ?? null,
		]);
		for (const node of nodes) {
			await runSql('INSERT INTO installed_nodes (name, type, latestVersion, package) VALUES (?, ?, ?, ?)', [
				node.name,
				node.type,
				node.latestVersion,
				node.package,
			]);
		}
		await runSql('COMMIT');
	} catch (error) {
		await runSql('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		await new Promise((resolve) => db.close(() => resolve()));
	}
	return { package: { packageName: PACKAGE.name, installedVersion: PACKAGE.version }, nodes };
}
