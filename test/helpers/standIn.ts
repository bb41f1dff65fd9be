/**
 * A scripted Salla for the rate-limit tests: every answer comes from a script, in the order the
 * requests arrive, and every request is recorded in `received` as `salla()` does.
 */
import nock from 'nock';

import { START, epoch } from './clock';
import { BASE_PATH, received, SALLA_API } from './salla';

export type Answer = [status: number, body: unknown, headers?: Record<string, string>];
export type Script = (request: { method: string; path: string; body: Record<string, unknown> }) => Answer;

/** Answers `count` requests matching `method path` (path relative to /admin/v2, or a RegExp) from `script`. */
export function standIn(method: string, path: string | RegExp, count: number, script: Script): void {
	nock(SALLA_API)
		.intercept(typeof path === 'string' ? `${BASE_PATH}${path}` : path, method)
		.times(count)
		.reply(function (uri, requestBody) {
			const body = (typeof requestBody === 'string' && requestBody ? JSON.parse(requestBody) : requestBody) as Record<
				string,
				unknown
			>;
			received.push({ method, path: uri, headers: { ...this.req.headers }, body: body || undefined });
			const [status, answer, headers] = script({ method, path: uri, body });
			return [status, answer as nock.Body, headers ?? {}];
		});
}

/** Answers from a list, one per request. */
export const inTurn =
	(...answers: Array<Answer | ((body: Record<string, unknown>) => Answer)>): Script =>
	({ body }) => {
		const next = answers.shift();
		if (!next) throw new Error('more requests than answers');
		return typeof next === 'function' ? next(body) : next;
	};

/** Salla's answer to Customer Group → Create, with the name it was sent. */
export const created =
	(id: number) =>
	(body: Record<string, unknown>): Answer => [201, { status: 201, success: true, data: { id, name: body.name } }];

/** An answer with X-RateLimit-Remaining and a Reset a minute after START. */
export const withLimits =
	(answer: (body: Record<string, unknown>) => Answer, remaining: string) =>
	(body: Record<string, unknown>): Answer => {
		const [status, json, headers] = answer(body);
		return [status, json, { ...headers, 'X-RateLimit-Remaining': remaining, 'X-RateLimit-Reset': epoch(START + 60_000) }];
	};

/** Salla's 429 under the store plan's limit (120). */
export const tooMany = (retryAfter: string, extra: Record<string, string> = {}): Answer => [
	429,
	{ status: 429, success: false, error: { code: 'too_many_requests', message: 'Too Many Attempts.' } },
	{ 'Retry-After': retryAfter, 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0', ...extra },
];

export const unavailable: Answer = [503, { status: 503, success: false, error: { code: 'error', message: 'Service Unavailable' } }];

/** Input items with these names. */
export const named = (...names: string[]) => names.map((name) => ({ name }));

/** The names Salla was sent, in the order the requests arrived. */
export const sentNames = () => received.map((request) => (request.body as { name?: string } | undefined)?.name);
