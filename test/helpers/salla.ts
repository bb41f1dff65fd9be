/** A nock stand-in for Salla that records every request it receives, exactly as sent. */
import nock from 'nock';

import { resetSallaRateLimits } from '../../nodes/shared/http/rateLimit/limiter';

export const SALLA_API = 'https://api.salla.dev';
export const BASE_PATH = '/admin/v2';

export interface ReceivedRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

/** Every request nock intercepted during the test, in order. */
export const received: ReceivedRequest[] = [];

export function resetSalla(): void {
	received.length = 0;
	// A fresh store: what earlier answers said about its rate limit is forgotten.
	resetSallaRateLimits();
	nock.cleanAll();
	nock.disableNetConnect();
}

function record(this: nock.ReplyFnContext, method: string, uri: string, body: unknown): void {
	received.push({
		method,
		path: uri,
		headers: { ...this.req.headers },
		body: typeof body === 'string' && body !== '' ? JSON.parse(body) : body === '' ? undefined : body,
	});
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Answers one request to `path` (relative to /admin/v2, query string included) with `status` and
 * `body`, recording it. Nock's own matching is loose on purpose: assertions are made on `received`.
 */
export function salla(
	method: Method,
	path: string | RegExp,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
	matchBody: (body: Record<string, unknown>) => boolean = () => true,
): nock.Scope {
	const scope = nock(SALLA_API);
	const target = typeof path === 'string' ? `${BASE_PATH}${path}` : path;
	return scope
		.intercept(target, method.toUpperCase(), (body) => matchBody(body as Record<string, unknown>))
		.reply(function (uri, requestBody) {
			record.call(this, method.toUpperCase(), uri, requestBody);
			return [status, body as nock.Body, headers];
		});
}

export function pendingMocks(): string[] {
	return nock.pendingMocks();
}
