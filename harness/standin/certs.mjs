// Makes a throw-away certificate authority and a server certificate for Salla's host names,
// with the openssl command line (ECDSA P-256: cheap handshakes, so the stand-in costs the benchmark little). The CA is trusted only by the n8n processes that the e2e suite
// and the benchmark start (NODE_EXTRA_CA_CERTS); nothing on the system is changed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SALLA_HOSTS = ['api.salla.dev', 'accounts.salla.sa'];

export function ensureCerts(dir) {
	const files = { ca: join(dir, 'ca.pem'), key: join(dir, 'server-key.pem'), cert: join(dir, 'server.pem') };
	if (existsSync(files.ca) && existsSync(files.key) && existsSync(files.cert)) return files;
	mkdirSync(dir, { recursive: true });
	const run = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
	run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca-key.pem', '-out', 'ca.pem',
		'-days', '30', '-subj', '/CN=n8n-nodes-salla e2e test CA');
	run('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'server-key.pem', '-out', 'server.csr',
		'-subj', `/CN=${SALLA_HOSTS[0]}`);
	writeFileSync(join(dir, 'san.ext'),
		`subjectAltName=${SALLA_HOSTS.map((h) => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`);
	run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial',
		'-out', 'server.pem', '-days', '30', '-extfile', 'san.ext');
	return files;
}
