// A stand-in for Salla's two HTTPS hosts, run inside the test (or benchmark) process.
// api.salla.dev/admin/v2: Bearer-token check, POST /customers/groups with Salla's validation
// and error envelope; accounts.salla.sa/oauth2/token: refresh grant with single-use refresh
// tokens, client id/secret expected in the form body. Webhooks (for the Salla Trigger): subscribe,
// set security strategy and secret, list, list events, unsubscribe by id; `deliver` then plays Salla
// sending a signed delivery to a registered webhook's URL. Every request is recorded as it arrived.
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { createHmac, randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

const CONDITION_TYPES = new Set(['total_sales', 'total_orders', 'store_rating', 'doesnt_have_orders']);
const SYMBOLS = new Set(['>', '<', 'between']);
// the slugs Salla documents for GET /payment/methods
const PAYMENT_METHODS = new Set(['credit_card', 'mada', 'bank', 'cod', 'apple_pay', 'stc_pay', 'paypal', 'free', 'tamara_installment', 'tabby_installment']);

export class SallaStandin {
	constructor({ cert, key, record = true } = {}) {
		this.tls = { cert: readFileSync(cert), key: readFileSync(key) };
		this.record = record;
		this.reset();
	}

	reset() {
		this.requests = [];
		this.count = 0;
		this.accessTokens = new Map(); // token -> 'valid' | 'expired'
		this.refreshTokens = new Map(); // token -> 'valid' | 'used'
		this.clients = new Map(); // client_id -> client_secret
		this.groups = new Map(); // name -> id
		this.nextGroupId = 1001;
		this.webhooks = new Map(); // id -> {id, name, event, url, version, rule, headers, security_strategy, secret}
		this.nextWebhookId = 7001;
		this.webhookEvents = [];
		this.expiry = undefined; // {token, left}: the access token expires after `left` more API requests
		this.apiDelayMs = 0; // answer API requests after this long (so that requests overlap)
		this.tokenDelayMs = 0; // answer token requests after this long (so that refreshes could overlap)
		this.scripted = []; // the answers of a table of requests (see script)
		this.checker = undefined; // checks each API request against Salla's schema (see checkWith)
	}

	/**
	 * Answers that a test's table gives: each {method, path (after /admin/v2), query?, status?, body,
	 * headers?} answers the first request to that method and path (and query, when given) that arrives,
	 * once. A request matches one, or gets what the rest of the stand-in answers.
	 */
	script(calls) {
		this.scripted = calls.map((call) => ({ ...call, used: false }));
	}

	/** Every API request is checked with `checker` (harness/reference.mjs requestChecker): `entry.schema`. */
	checkWith(checker) {
		this.checker = checker;
	}

	/** The access token `token` stops working after `requests` more API requests (mid-run expiry). */
	expireAfter(token, requests) {
		this.expiry = { token, left: requests };
	}

	/** What GET /webhooks/events answers (Salla's `data:[{id, label, event}]`). */
	setWebhookEvents(events) {
		this.webhookEvents = events;
	}

	/**
	 * Sends a delivery as Salla does to a registered webhook: POST `body` (an object, or the exact raw
	 * text) to its URL, signed with its secret (`X-Salla-Signature`, `X-Salla-Security-Strategy`).
	 * `headers` are added or, when set to undefined, removed; `signWith` signs with another secret.
	 * Resolves with {status, text}.
	 */
	async deliver(webhookId, body, { headers = {}, signWith, rawOverride } = {}) {
		const hook = this.webhooks.get(Number(webhookId));
		if (!hook) throw new Error(`no webhook ${webhookId} registered in the stand-in`);
		const raw = typeof body === 'string' ? body : JSON.stringify(body);
		const secret = signWith ?? hook.secret ?? '';
		const all = {
			'content-type': 'application/json',
			'user-agent': 'Salla-Webhooks',
			...(hook.security_strategy === 'token'
				? { authorization: secret, 'x-salla-security-strategy': 'Token' }
				: { 'x-salla-signature': createHmac('sha256', secret).update(raw).digest('hex'), 'x-salla-security-strategy': 'Signature' }),
			...headers,
		};
		for (const [k, v] of Object.entries(all)) if (v === undefined) delete all[k];
		const response = await fetch(hook.url, { method: 'POST', headers: all, body: rawOverride ?? raw });
		return { status: response.status, text: await response.text() };
	}

	/** Tokens the test hands to n8n through the imported credential. */
	addClient(id, secret) {
		this.clients.set(id, secret);
	}
	addAccessToken(token, state = 'valid') {
		this.accessTokens.set(token, state);
	}
	addRefreshToken(token) {
		this.refreshTokens.set(token, 'valid');
	}
	addExistingGroup(name) {
		this.groups.set(name, this.nextGroupId++);
	}

	start() {
		this.server = https.createServer({ ...this.tls, keepAlive: true }, (req, res) => this.handle(req, res));
		this.server.keepAliveTimeout = 30_000;
		return new Promise((resolve) => {
			this.server.listen(0, '127.0.0.1', () => {
				this.port = this.server.address().port;
				resolve(this.port);
			});
		});
	}

	stop() {
		return new Promise((resolve) => {
			this.server.closeAllConnections?.();
			this.server.close(() => resolve());
		});
	}

	handle(req, res) {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const bytes = Buffer.concat(chunks);
			const raw = bytes.toString('utf8');
			const url = new URL(req.url, `https://${req.headers.host}`);
			const entry = {
				host: (req.headers.host || '').replace(/:\d+$/, ''),
				servername: req.socket.servername,
				method: req.method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				rawBody: raw,
				body: await parseBody(req.headers['content-type'], raw, bytes),
				at: Date.now(),
			};
			if (this.checker && entry.host === 'api.salla.dev' && entry.path.startsWith('/admin/v2/')) {
				const { method, query, body } = entry;
				entry.schema = this.checker({ method, path: entry.path.slice('/admin/v2'.length), query, body });
			}
			this.count++;
			if (this.record) this.requests.push(entry);
			const [status, body, headers = {}] = this.answer(entry);
			entry.response = { status, body };
			const text = JSON.stringify(body);
			const answer = () => {
				res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
				res.end(text);
			};
			const delay = this.delayFor(entry);
			if (delay > 0) setTimeout(answer, delay);
			else answer();
		});
	}

	/**
	 * The answer to one request: [status, body, extra headers]. The benchmark and the queue-mode test
	 * put a rate limit in front of `route` by overriding this.
	 */
	answer(entry) {
		return this.route(entry);
	}

	/** How long the answer waits before it is sent. */
	delayFor(entry) {
		return entry.host === 'accounts.salla.sa' ? this.tokenDelayMs : this.apiDelayMs;
	}

	route(r) {
		if (r.servername !== r.host) return [421, { error: 'SNI does not match Host' }];
		if (r.host === 'accounts.salla.sa' && r.method === 'POST' && r.path === '/oauth2/token') return this.token(r);
		if (r.host === 'api.salla.dev' && r.path.startsWith('/admin/v2/')) {
			const auth = /^Bearer (.+)$/.exec(r.headers.authorization || '');
			const state = auth && this.accessTokens.get(auth[1]);
			if (state !== 'valid') {
				return [401, { status: 401, success: false, error: { code: 'Unauthorized', message: 'The access token is invalid or has expired' } }];
			}
			if (this.expiry?.token === auth[1] && --this.expiry.left <= 0) this.accessTokens.set(auth[1], 'expired');
			const call = this.scripted.find(
				(c) => !c.used && c.method === r.method && `/admin/v2${c.path}` === r.path && (c.query === undefined || isDeepStrictEqual(c.query, r.query)),
			);
			if (call) {
				call.used = true;
				r.call = call;
				return [call.status ?? 200, call.body, call.headers];
			}
			if (r.method === 'POST' && r.path === '/admin/v2/customers/groups') return this.createGroup(r.body);
			// the store's bucket, for the benchmark and the queue-mode test (not under the customers limit)
			if (r.method === 'POST' && r.path === '/admin/v2/brands') return this.createBrand(r.body);
			if (r.path.startsWith('/admin/v2/webhooks')) return this.webhookRoute(r);
			return [404, { status: 404, success: false, error: { code: 404, message: 'The requested resource was not found' } }];
		}
		return [404, { error: 'unknown host or path' }];
	}

	token(r) {
		const b = r.body || {};
		if (!b.client_id || this.clients.get(b.client_id) !== b.client_secret) {
			return [401, { error: 'invalid_client', error_description: 'Client authentication failed' }];
		}
		if (b.grant_type !== 'refresh_token') return [400, { error: 'unsupported_grant_type' }];
		if (this.refreshTokens.get(b.refresh_token) !== 'valid') {
			return [400, { error: 'invalid_grant', error_description: 'The refresh token is invalid.' }];
		}
		this.refreshTokens.set(b.refresh_token, 'used'); // Salla's refresh tokens are single-use
		const access = `at-${randomBytes(8).toString('hex')}`;
		const refresh = `rt-${randomBytes(8).toString('hex')}`;
		this.accessTokens.set(access, 'valid');
		this.refreshTokens.set(refresh, 'valid');
		return [200, { access_token: access, refresh_token: refresh, expires_in: 1209600, scope: 'offline_access customers.read_write', token_type: 'bearer' }];
	}

	webhookRoute(r) {
		const ok = (status, data, extra = {}) => [status, { status, success: true, data, ...extra }];
		const notFound = [404, { status: 404, success: false, error: { code: 404, message: 'The requested resource was not found' } }];
		const view = (h) => ({ id: h.id, name: h.name, event: h.event, type: 'manual', url: h.url, version: h.version, rule: h.rule ?? '', headers: h.headers ?? {} });
		if (r.method === 'GET' && r.path === '/admin/v2/webhooks/events') {
			if (this.webhookEventsFail) return [403, { status: 403, success: false, error: { code: 'Forbidden', message: 'The access token should have access to one of those scopes: webhooks.read' } }];
			return ok(200, this.webhookEvents);
		}
		if (r.method === 'POST' && r.path === '/admin/v2/webhooks/subscribe') {
			const b = r.body || {};
			const fields = {};
			for (const k of ['name', 'event', 'url']) if (typeof b[k] !== 'string' || b[k] === '') fields[k] = [`The ${k} field is required.`];
			if (Object.keys(fields).length) return [422, { status: 422, success: false, error: { code: 'validation_failed', message: 'alert.invalid_fields', fields } }];
			const id = this.nextWebhookId++;
			const hook = { id, name: b.name, event: b.event, url: b.url, version: b.version ?? 2, rule: b.rule, headers: b.headers };
			this.webhooks.set(id, hook);
			return ok(201, view(hook));
		}
		const put = /^\/admin\/v2\/webhooks\/(\d+)$/.exec(r.path);
		if (r.method === 'PUT' && put) {
			const hook = this.webhooks.get(Number(put[1]));
			if (!hook) return notFound;
			const b = r.body || {};
			if (b.security_strategy === 'signature' && !b.secret) {
				return [422, { status: 422, success: false, error: { code: 'validation_failed', message: 'alert.invalid_fields', fields: { secret: ['The secret field is required when security strategy is signature.'] } } }];
			}
			for (const k of ['name', 'url', 'version', 'rule', 'headers', 'security_strategy', 'secret']) if (b[k] !== undefined) hook[k] = b[k];
			return ok(200, view(hook));
		}
		if (r.method === 'GET' && r.path === '/admin/v2/webhooks') {
			const data = [...this.webhooks.values()].map(view);
			return ok(200, data, { pagination: { count: data.length, total: data.length, perPage: 60, currentPage: 1, totalPages: 1, links: [] } });
		}
		if (r.method === 'DELETE' && r.path === '/admin/v2/webhooks/unsubscribe') {
			if (r.query.url !== undefined) return [400, { status: 400, success: false, error: { code: 400, message: 'the e2e stand-in refuses unsubscribe by url' } }];
			if (!this.webhooks.delete(Number(r.query.id))) return notFound;
			return ok(202, { message: 'The Object has been removed successfully', code: 202 });
		}
		return notFound;
	}

	createGroup(body) {
		const fields = {};
		if (!body || typeof body !== 'object') return [400, { status: 400, success: false, error: { code: 'error', message: 'Invalid JSON' } }];
		if (typeof body.name !== 'string' || body.name.trim() === '') fields.name = ['The name field is required.'];
		else if (this.groups.has(body.name)) fields.name = ['The name has already been taken.'];
		if (body.conditions !== undefined) {
			if (!Array.isArray(body.conditions)) fields.conditions = ['The conditions must be an array.'];
			else
				body.conditions.forEach((c, i) => {
					if (!CONDITION_TYPES.has(c?.type)) fields[`conditions.${i}.type`] = ['The selected conditions.' + i + '.type is invalid.'];
					if (!SYMBOLS.has(c?.symbol)) fields[`conditions.${i}.symbol`] = ['The selected conditions.' + i + '.symbol is invalid.'];
					if (c?.symbol === 'between') {
						if (typeof c.min_value !== 'number') fields[`conditions.${i}.min_value`] = ['The conditions.' + i + '.min_value must be a number.'];
						if (typeof c.max_value !== 'number') fields[`conditions.${i}.max_value`] = ['The conditions.' + i + '.max_value must be a number.'];
					} else if (c?.type !== 'doesnt_have_orders' && typeof c?.value !== 'number') {
						fields[`conditions.${i}.value`] = ['The conditions.' + i + '.value must be a number.'];
					}
				});
		}
		const methods = body.features?.payment_method;
		if (methods !== undefined) {
			if (!Array.isArray(methods)) fields['features.payment_method'] = ['The features.payment_method must be an array.'];
			else
				methods.forEach((m, i) => {
					if (!PAYMENT_METHODS.has(m)) fields[`features.payment_method.${i}`] = [`The selected features.payment_method.${i} is invalid.`];
				});
		}
		if (Object.keys(fields).length) {
			return [422, { status: 422, success: false, error: { code: 'validation_failed', message: 'alert.invalid_fields', fields } }];
		}
		const id = this.nextGroupId++;
		this.groups.set(body.name, id);
		return [201, { status: 201, success: true, data: { id, name: body.name } }];
	}

	createBrand(body) {
		if (typeof body?.name !== 'string' || !body.name || typeof body.logo !== 'string') {
			return [422, { status: 422, success: false, error: { code: 'validation_failed', message: 'alert.invalid_fields', fields: { name: ['The name field is required.'] } } }];
		}
		this.brands = (this.brands ?? 0) + 1;
		return [201, { status: 201, success: true, data: { id: 2_000_000 + this.brands, name: body.name, logo: body.logo } }];
	}
}

/** A JSON or form body as an object; a multipart body as its fields, a file as `file <name> (<type>, <size> bytes)`. */
async function parseBody(type = '', raw, bytes) {
	if (!raw) return undefined;
	if (type.includes('multipart/form-data')) {
		const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
		const fields = {};
		for (const [name, value] of form) {
			fields[name] = typeof value === 'string' ? value : `file ${value.name} (${value.type}, ${value.size} bytes)`;
		}
		return fields;
	}
	if (type.includes('application/json')) {
		try {
			return JSON.parse(raw);
		} catch {
			return raw;
		}
	}
	if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
	return raw;
}
