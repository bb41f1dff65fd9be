'use strict';
/*
 * Preloaded into the n8n process (NODE_OPTIONS=--require) by the e2e suite and the benchmark.
 *
 * - Salla's hosts (api.salla.dev, accounts.salla.sa) are sent to the local Salla stand-in:
 *   DNS answers 127.0.0.1 and TLS connections to port 443 of those hosts go to the stand-in's
 *   port, with the real host name kept as SNI. The certificate is still verified (the test CA
 *   is given through NODE_EXTRA_CA_CERTS), so n8n speaks real HTTPS to "api.salla.dev".
 * - Every other host name fails to resolve, so nothing leaves the loopback interface.
 * - With SALLA_E2E_MEMLOG set, memory is sampled every 5 ms and written there at exit
 *   (the benchmark reads it to find each node's peak memory).
 *
 * Nothing here is part of the published package.
 */
const dns = require('node:dns');
const tls = require('node:tls');
const net = require('node:net');
const fs = require('node:fs');

const port = Number(process.env.SALLA_STANDIN_PORT);
const hosts = new Set((process.env.SALLA_STANDIN_HOSTS || 'api.salla.dev,accounts.salla.sa').split(','));
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', '']);

function isLocal(host) {
	return LOOPBACK.has(host) || /^127\./.test(host) || host.endsWith('.localhost');
}

if (port) {
	const origLookup = dns.lookup;
	dns.lookup = function lookup(hostname, options, callback) {
		if (typeof options === 'function') {
			callback = options;
			options = {};
		}
		const opts = typeof options === 'number' ? { family: options } : options || {};
		if (hosts.has(hostname)) {
			if (opts.all) return process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }]);
			return process.nextTick(callback, null, '127.0.0.1', 4);
		}
		if (!isLocal(hostname) && net.isIP(hostname) === 0) {
			const err = new Error(`getaddrinfo ENOTFOUND ${hostname} (blocked by the e2e preload: loopback only)`);
			err.code = 'ENOTFOUND';
			err.hostname = hostname;
			return process.nextTick(callback, err);
		}
		return origLookup.call(this, hostname, options, callback);
	};
	const origPromisesLookup = dns.promises.lookup;
	dns.promises.lookup = async function lookup(hostname, options) {
		if (hosts.has(hostname)) {
			const opts = typeof options === 'number' ? { family: options } : options || {};
			return opts.all ? [{ address: '127.0.0.1', family: 4 }] : { address: '127.0.0.1', family: 4 };
		}
		return origPromisesLookup.call(this, hostname, options);
	};

	const origConnect = tls.connect;
	tls.connect = function connect(...args) {
		// Forms: (options[, cb]) | (port[, host][, options][, cb])
		let options;
		if (args[0] !== null && typeof args[0] === 'object') {
			options = args[0];
		} else {
			options = { port: args[0] };
			let i = 1;
			if (typeof args[i] === 'string') options.host = args[i++];
			if (args[i] && typeof args[i] === 'object') Object.assign(options, args[i++]);
			args = [options, ...args.slice(i)];
		}
		const host = options.host || options.servername;
		if (hosts.has(host) && (options.port === undefined || Number(options.port) === 443)) {
			const rewritten = { ...options, host: '127.0.0.1', port, servername: options.servername || host };
			delete rewritten.socket;
			delete rewritten.path;
			if (options.socket) rewritten.socket = options.socket; // a proxy tunnel: leave as is
			args[0] = rewritten;
			// the certificate is checked against the Salla host name, not 127.0.0.1
			const check = options.checkServerIdentity || tls.checkServerIdentity;
			args[0].checkServerIdentity = (_h, cert) => check(host, cert);
		}
		return origConnect.apply(this, args);
	};
}

if (process.env.SALLA_E2E_MEMLOG && process.env.SALLA_E2E_MEMLOG_PID_OK !== 'child') {
	// Only the first (main) n8n process samples; a child (task runner) inherits NODE_OPTIONS.
	process.env.SALLA_E2E_MEMLOG_PID_OK = 'child';
	const samples = [];
	const t0 = Date.now();
	const sample = () => {
		const m = process.memoryUsage();
		const cpu = process.cpuUsage();
		samples.push([Date.now(), m.rss, m.heapUsed, cpu.user + cpu.system]);
	};
	const timer = setInterval(sample, 5);
	timer.unref();
	const flush = () => {
		clearInterval(timer);
		sample();
		try {
			fs.writeFileSync(process.env.SALLA_E2E_MEMLOG, JSON.stringify({ t0, samples }));
		} catch {
			/* ignore */
		}
	};
	process.once('exit', flush);
}
