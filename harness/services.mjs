// The services queue mode needs, each a process of its own for the e2e test and the benchmark:
// Debian's redis-server (free port, in memory only) and a PostgreSQL cluster (free port, trust on
// loopback). scripts/test-e2e.mjs and .ci/run install them when missing (root on Debian).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { freePort } from './n8n-env.mjs';
import { sleep, stopChild } from './n8n.mjs';

/** The redis-server binary, or undefined when Debian's redis-server is not installed. */
export function redisServerBinary() {
	const r = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A redis-server of our own on a free port, in memory only (no RDB, no AOF). */
export class RedisUnderTest {
	constructor(dir) {
		this.dir = dir;
		this.log = '';
	}

	async start() {
		const bin = redisServerBinary();
		if (!bin) throw new Error('redis-server not found: apt-get install -y redis-server');
		mkdirSync(this.dir, { recursive: true });
		this.port = await freePort();
		this.child = spawn(bin, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.child.stdout.on('data', (d) => (this.log += d));
		this.child.stderr.on('data', (d) => (this.log += d));
		this.exited = new Promise((resolve) => this.child.on('exit', resolve));
		const t0 = Date.now();
		while (!/Ready to accept connections/.test(this.log)) {
			if (this.child.exitCode !== null) throw new Error(`redis-server exited ${this.child.exitCode}\n${this.log}`);
			if (Date.now() - t0 > 15_000) throw new Error(`redis-server not ready\n${this.log}`);
			await sleep(50);
		}
		return this;
	}

	async stop() {
		await stopChild(this.child, this.exited, 5_000);
	}
}

/** Debian's PostgreSQL binaries (/usr/lib/postgresql/<v>/bin), or undefined when not installed. */
export function postgresBinDir() {
	const r = spawnSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1'], { encoding: 'utf8' });
	const dir = r.stdout.trim();
	return dir && existsSync(join(dir, 'initdb')) ? dir : undefined;
}

/**
 * A PostgreSQL cluster of our own (initdb in `dir`, free port, trust auth on loopback, fsync off),
 * run as the `postgres` system user when we are root (PostgreSQL refuses to run as root).
 * n8n's SQLite has no busy timeout: a main and two workers writing executions at once meet
 * SQLITE_BUSY, so queue mode runs on PostgreSQL, as n8n recommends for scaling mode.
 */
export class PostgresUnderTest {
	constructor(dir) {
		this.dir = dir;
		this.log = '';
	}

	runAs(cmd, args) {
		const asRoot = process.getuid?.() === 0;
		const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
		return r;
	}

	async start() {
		const bin = postgresBinDir();
		if (!bin) throw new Error('PostgreSQL not found: apt-get install -y postgresql');
		rmSync(this.dir, { recursive: true, force: true });
		mkdirSync(this.dir, { recursive: true });
		if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres:postgres', this.dir]);
		const data = join(this.dir, 'data');
		this.runAs(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
		this.port = await freePort();
		const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
		this.runAs(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(this.dir, 'log'), '-w', '-t', '120', 'start']);
		this.bin = bin;
		this.data = data;
		// accepting TCP connections on the port n8n is given (pg_ctl -w checks the socket directory)
		const t0 = Date.now();
		for (;;) {
			const r = spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-t', '5'], { encoding: 'utf8' });
			if (r.status === 0) break;
			if (Date.now() - t0 > 60_000) throw new Error(`PostgreSQL not accepting connections on 127.0.0.1:${this.port}: ${r.stdout}${r.stderr}`);
			await sleep(200);
		}
		this.runAs(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-c', 'CREATE DATABASE n8n']);
		return this;
	}

	/** The environment that points n8n at this database. */
	env() {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: 'postgres',
			// n8n's default is 20 s to get a connection, which a loaded machine exceeded while three
			// n8n processes started together; a pool of 4 a process (n8n's default: 2)
			DB_POSTGRESDB_CONNECTION_TIMEOUT: '120000',
			DB_POSTGRESDB_POOL_SIZE: '4',
		};
	}

	/** Stops the cluster and removes it; `keepLog`: where to copy its server log first. */
	async stop({ keepLog } = {}) {
		if (!this.data) return;
		try {
			this.runAs(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
		} catch {
			/* already stopped */
		}
		this.data = undefined;
		if (keepLog && existsSync(join(this.dir, 'log'))) copyFileSync(join(this.dir, 'log'), keepLog);
		rmSync(this.dir, { recursive: true, force: true });
	}
}
