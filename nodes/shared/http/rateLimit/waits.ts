import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CUSTOMERS_LIMIT } from './customers';

/**
 * The waits Salla asks for, how long an item may wait (Max Rate Limit Wait), and the error an item
 * gets when it may not wait that long.
 */

/** Default of the node's Options → Max Rate Limit Wait (Seconds). */
export const DEFAULT_MAX_RATE_LIMIT_WAIT = 60;

/** Which limit imposed a wait: the store's, the customers endpoints', or Salla did not say which. */
export type LimitKind = 'store' | 'customers' | 'unsure';

/** A wait longer than the item may wait: it fails without anything more being sent. */
export class WaitTooLong {
	constructor(
		readonly waitMs: number,
		/** A 429's Retry-After, X-RateLimit-Reset, or this n8n's own count of customers requests. */
		readonly reason: 'retryAfter' | 'reset' | 'window',
		readonly limit: LimitKind = 'store',
		/** What the item had already waited in the queue for this request while the store was closed. */
		readonly waitedInQueueMs = 0,
	) {}
}

/** The run was cancelled while a request waited: it is not sent. */
export class WaitCancelled extends Error {
	constructor() {
		super('The execution was cancelled while the request waited for Salla');
	}
}

/** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset, in milliseconds from now. */
export function askedWaitMs(headers: Record<string, string>, now: number): number | undefined {
	const retryAfter = headers['retry-after'];
	if (retryAfter !== undefined && retryAfter.trim() !== '') {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (Number.isFinite(date)) return Math.max(0, date - now);
	}
	const reset = Number(headers['x-ratelimit-reset'] ?? Number.NaN);
	if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
	return undefined;
}

const seconds = (ms: number) => {
	const count = Math.ceil(ms / 1000);
	return `${count} ${count === 1 ? 'second' : 'seconds'}`;
};

/** The item's error when Salla asks for a longer wait than Max Rate Limit Wait allows. */
export function rateLimitError(
	node: INode,
	wait: WaitTooLong,
	limitMs: number,
	waitedMs: number,
	itemIndex?: number,
	sallaMessage?: string,
): NodeApiError {
	const message =
		wait.limit === 'customers'
			? 'Salla\'s limit for its customers endpoints (500 requests per 10 minutes) was reached (429)'
			: 'Salla\'s rate limit for this store was reached (429)';
	const asked =
		wait.reason === 'window'
			? `This n8n has sent ${CUSTOMERS_LIMIT.requests} requests to Salla's customers endpoints in the last 10 minutes, the most Salla allows; the next may go in ${seconds(wait.waitMs)}.`
			: wait.reason === 'retryAfter'
				? `Salla asked to wait ${seconds(wait.waitMs)}.`
				: `Salla asked to wait ${seconds(wait.waitMs)}: its X-RateLimit headers say no requests are left until then.`;
	const which =
		wait.limit === 'unsure'
			? ' Salla did not say which limit: besides the store\'s, its customers endpoints allow 500 requests per 10 minutes.'
			: '';
	const waited = waitedMs > 0 ? ` This item already waited ${seconds(waitedMs)}.` : '';
	const description =
		`${sallaMessage ? `Salla says: "${sallaMessage}". ` : ''}${asked}${which}${waited} That is longer than ` +
		`Max Rate Limit Wait (${seconds(limitMs)}) in the node's Options, so this item was not sent${wait.reason === 'window' ? '' : ' again'}. ` +
		'Raise Max Rate Limit Wait, or run the workflow again later.';
	return new NodeApiError(
		node,
		{ message, description, httpCode: '429' },
		{ message, description, httpCode: '429', itemIndex },
	);
}
