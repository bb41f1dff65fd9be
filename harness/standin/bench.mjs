// Benchmark additions to the Salla stand-in (./salla-standin.mjs), applied to one
// running instance so that the e2e stand-in itself stays as it is:
// - every answer waits `delayMs` (0 by default) before it is sent, as a remote Salla would;
// - every api.salla.dev answer advertises a large rate limit (X-RateLimit-Limit / Remaining never
//   near 0 / Reset a minute ahead), so that pacing is not what the benchmark measures;
// - (POST /admin/v2/brands, the Create both nodes send, is the e2e stand-in's own: the store's bucket,
//   unlike /customers/*, is not under Salla's 500-per-10-minutes customers limit);
// - GET /admin/v2/brands lists `records` brands, `per_page` (at most 60) a page, with Salla's
//   `pagination` object.

export const BENCH_LIMIT = 1_000_000;

export function extendStandin(standin, { records = 10_000, limit = BENCH_LIMIT } = {}) {
	standin.delayMs = 0;
	standin.listRecords = records;
	const route = standin.route.bind(standin);
	standin.route = (r) => {
		if (r.host === 'api.salla.dev' && r.path === '/admin/v2/brands') {
			const auth = /^Bearer (.+)$/.exec(r.headers.authorization || '');
			if (standin.accessTokens.get(auth?.[1]) !== 'valid') return route(r);
			if (r.method === 'GET') return listBrands(standin.listRecords, r.query);
		}
		return route(r);
	};
	// a large rate limit on every API answer, and the same delay for every answer
	standin.answer = (entry) => {
		const [status, body] = standin.route(entry);
		if (entry.host !== 'api.salla.dev') return [status, body];
		return [
			status,
			body,
			{
				'x-ratelimit-limit': String(limit),
				'x-ratelimit-remaining': String(Math.max(1, limit - (standin.count % (limit / 2)))),
				'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 60),
			},
		];
	};
	standin.delayFor = () => standin.delayMs;
	// requests open at the stand-in (received, not yet answered): the most at once, and the mean
	// while at least one is open, so that a run shows how many requests a node really keeps in flight
	standin.inFlight = { open: 0, max: 0, busyMs: 0, weightedMs: 0, since: 0 };
	const handle = standin.handle.bind(standin);
	const tick = (delta) => {
		const f = standin.inFlight;
		const now = performance.now();
		if (f.open > 0) {
			f.busyMs += now - f.since;
			f.weightedMs += f.open * (now - f.since);
		}
		f.since = now;
		f.open += delta;
		f.max = Math.max(f.max, f.open);
	};
	standin.handle = (req, res) => {
		if ((req.headers.host || '').startsWith('api.salla.dev')) {
			tick(1);
			res.on('close', () => tick(-1));
		}
		handle(req, res);
	};
	standin.resetInFlight = () => {
		standin.inFlight = { open: standin.inFlight.open, max: standin.inFlight.open, busyMs: 0, weightedMs: 0, since: performance.now() };
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
