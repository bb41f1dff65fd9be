// Benchmark additions to the e2e Salla stand-in (e2e/standin/salla-standin.mjs), applied to one
// running instance so that the e2e stand-in itself stays as it is:
// - every answer waits `delayMs` (0 by default) before it is sent, as a remote Salla would;
// - every api.salla.dev answer advertises a large rate limit (X-RateLimit-Limit / Remaining never
//   near 0 / Reset a minute ahead), so that pacing is not what the benchmark measures;
// - POST /admin/v2/brands creates a brand (the store's bucket: unlike /customers/*, it is not under
//   Salla's 500-per-10-minutes customers limit, which would make 1,000 creates wait 10 minutes);
// - GET /admin/v2/brands lists `records` brands, `per_page` (at most 60) a page, with Salla's
//   `pagination` object.

export const BENCH_LIMIT = 1_000_000;

export function extendStandin(standin, { records = 10_000, limit = BENCH_LIMIT } = {}) {
	standin.delayMs = 0;
	standin.brands = 0;
	standin.listRecords = records;
	const route = standin.route.bind(standin);
	standin.route = (r) => {
		if (r.host === 'api.salla.dev' && r.path === '/admin/v2/brands') {
			const auth = /^Bearer (.+)$/.exec(r.headers.authorization || '');
			if (standin.accessTokens.get(auth?.[1]) !== 'valid') return route(r);
			if (r.method === 'POST') {
				const id = ++standin.brands;
				return [201, { status: 201, success: true, data: { id, name: r.body?.name, logo: r.body?.logo } }];
			}
			if (r.method === 'GET') return listBrands(standin.listRecords, r.query);
		}
		return route(r);
	};
	standin.handle = (req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url, `https://${req.headers.host}`);
			let body;
			try {
				body = raw && (req.headers['content-type'] || '').includes('json') ? JSON.parse(raw) : undefined;
			} catch {
				body = raw;
			}
			const entry = {
				host: (req.headers.host || '').replace(/:\d+$/, ''),
				servername: req.socket.servername,
				method: req.method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body,
			};
			standin.count++;
			const [status, answer] = standin.route(entry);
			const text = JSON.stringify(answer);
			const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
			if (entry.host === 'api.salla.dev') {
				headers['x-ratelimit-limit'] = String(limit);
				headers['x-ratelimit-remaining'] = String(Math.max(1, limit - (standin.count % (limit / 2))));
				headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + 60);
			}
			const send = () => {
				res.writeHead(status, headers);
				res.end(text);
			};
			if (standin.delayMs > 0) setTimeout(send, standin.delayMs);
			else send();
		});
	};
	return standin;
}

function listBrands(total, query) {
	const perPage = Math.min(60, Math.max(1, Number(query.per_page) || 15));
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	const page = Math.max(1, Number(query.page) || 1);
	const first = (page - 1) * perPage;
	const data = [];
	for (let i = first; i < Math.min(total, first + perPage); i++) {
		data.push({ id: 1_000_000 + i, name: `Brand ${i}`, logo: `https://cdn.example.com/brands/${i}.png`, banner: null, description: `Brand number ${i}`, ar_char: 'B', en_char: 'B', metadata: { title: null, description: null, url: null } });
	}
	return [
		200,
		{
			status: 200,
			success: true,
			data,
			pagination: { count: data.length, total, perPage, currentPage: page, totalPages, links: page < totalPages ? { next: `https://api.salla.dev/admin/v2/brands?page=${page + 1}` } : {} },
		},
	];
}
