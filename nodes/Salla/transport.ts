import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	askedWaitMs,
	DEFAULT_MAX_RATE_LIMIT_WAIT,
	limiterFor,
	nextTicket,
	rateLimitError,
	StoreLimiter,
	timing,
	WaitTooLong,
} from './rateLimit';

export { DEFAULT_MAX_RATE_LIMIT_WAIT } from './rateLimit';

/**
 * Shared transport for every Salla request: Salla's error envelope turned into errors a merchant can
 * act on, items paired to their input, and the one place where requests are sent.
 *
 * Declarative operations reach it through n8n's routing: each operation sets `send.paginate: true`,
 * which makes n8n-core hand the built request to the node's `requestOperations.pagination` function
 * (`sendToSalla` below) instead of sending it itself. That function is the only declarative hook that
 * sees a failed request after n8n-core has signed it and, on a 401, refreshed the OAuth2 token and
 * retried it (`ignoreHttpStatusErrors` would switch that refresh off).
 */

export const SALLA_BASE_URL = 'https://api.salla.dev/admin/v2';
export const CREDENTIAL_TYPE = 'sallaOAuth2Api';
/** Salla's largest page. */
export const MAX_PAGE_SIZE = 60;

type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;

interface SallaErrorEnvelope {
	status?: number;
	success?: boolean;
	error?: { code?: string | number; message?: string; fields?: Record<string, string[] | string> };
	message?: string;
}

const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EPIPE',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

interface FailedResponse {
	status?: number;
	body?: SallaErrorEnvelope;
	headers: Record<string, string>;
	networkCode?: string;
}

/** Reads status, body and headers from whatever n8n-core threw (a NodeApiError around an AxiosError). */
function readFailure(error: JsonObject & { cause?: unknown }): FailedResponse {
	const candidates = [error, error.cause, (error.cause as IDataObject | undefined)?.cause].filter(
		(candidate): candidate is IDataObject => typeof candidate === 'object' && candidate !== null,
	);
	for (const candidate of candidates) {
		const response = candidate.response as IDataObject | undefined;
		if (response && typeof response.status === 'number') {
			const body = typeof response.data === 'object' ? (response.data as SallaErrorEnvelope) : undefined;
			return { status: response.status, body, headers: lowerCaseKeys(response.headers) };
		}
	}
	const httpCode = Number(error.httpCode);
	const networkCode = candidates
		.map((candidate) => candidate.code)
		.find((code): code is string => typeof code === 'string' && NETWORK_ERROR_CODES.has(code));
	return {
		status: Number.isInteger(httpCode) && httpCode >= 400 ? httpCode : undefined,
		body: (error.context as IDataObject | undefined)?.data as SallaErrorEnvelope | undefined,
		headers: {},
		networkCode,
	};
}

function lowerCaseKeys(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as IDataObject)) {
			if (value !== undefined && value !== null) result[key.toLowerCase()] = String(value);
		}
	}
	return result;
}

/** "name: The name has already been taken.; conditions.0.value: ..." from Salla's `error.fields`. */
export function describeFields(fields: Record<string, string[] | string> | undefined): string[] {
	if (!fields || typeof fields !== 'object') return [];
	return Object.entries(fields).map(([field, messages]) => {
		const text = Array.isArray(messages) ? messages.join(' ') : String(messages);
		return `${field}: ${text}`;
	});
}

/** What a POST that failed without a clear answer says: it was not retried, and why. */
const UNSURE_DESCRIPTION =
	'The request was sent to Salla, but no clear answer came back, so the node did not send it again: Salla may already have carried it out (for example, created the customer group). Check the store in the Salla dashboard before running this item again.';

/**
 * Turns a failed Salla request into a NodeApiError that says what went wrong and what to do.
 * The error is built from a plain object, never from the HTTP client's error, so that the request
 * (and its Authorization header) cannot travel with it into n8n's UI or logs.
 */
export function toSallaError(
	node: INode,
	error: JsonObject & { cause?: unknown },
	itemIndex?: number,
	outcome: { unsure?: boolean; attempts?: number } = {},
): NodeApiError | Error {
	const { status, body, headers, networkCode } = readFailure(error);
	const sallaMessage = body?.error?.message ?? body?.message;
	const says = sallaMessage ? `Salla says: "${sallaMessage}". ` : '';
	const tried = outcome.attempts && outcome.attempts > 1 ? `The node tried ${outcome.attempts} times. ` : '';
	let message: string;
	let description: string;

	if (status === undefined) {
		if (!networkCode) {
			// Not an HTTP failure (for example n8n asking to reconnect the credential): its own words are best.
			return error as unknown as Error;
		}
		if (outcome.unsure) {
			message = `No answer from Salla (${networkCode}): the request may have gone through`;
			description = UNSURE_DESCRIPTION;
		} else {
			message = `Could not reach Salla (${networkCode})`;
			description = `${tried}The request did not get an answer from api.salla.dev. Check the n8n server's internet connection and try again.`;
		}
		const networkError = new NodeApiError(node, { message, description }, { message, description, itemIndex });
		// NodeApiError swaps a message naming a Node.js error code for its generic wording.
		networkError.message = message;
		return networkError;
	}

	switch (true) {
		case status === 401: {
			// Salla names the missing scopes: "...should have access to one of those scopes: customers.read_write".
			const scopes = /scopes?\s*:\s*([\w.,\s]+)$/i.exec(sallaMessage ?? '')?.[1]?.trim();
			const grant = scopes
				? `give the app the scope ${scopes.split(/[\s,]+/).join(' or ')}`
				: 'give the app the scopes this operation needs (the README lists them)';
			message = 'Salla rejected the access token (401)';
			description = `${says}The token has expired and could not be refreshed, or the Salla app lacks a scope this operation needs. In the Salla Partners Portal, ${grant}, then open the Salla credential in n8n and reconnect it.`;
			break;
		}
		case status === 403:
			message = 'Salla refused this operation (403)';
			description = `${says}The store or the Salla app is not allowed to do this: check the app's scopes in the Salla Partners Portal and that the store's plan includes the feature, then reconnect the credential.`;
			break;
		case status === 404:
			message = 'Salla could not find what this operation refers to (404)';
			description = `${says}Check the ID: it may be mistyped, or the record may have been deleted in the Salla dashboard.`;
			break;
		case status === 422: {
			const fields = describeFields(body?.error?.fields);
			message = fields.length
				? `Salla rejected the data (422): ${fields.join('; ')}`
				: `Salla rejected the data (422)${sallaMessage ? `: ${sallaMessage}` : ''}`;
			description = fields.length
				? `Fix these fields and run the node again:\n${fields.map((line) => `- ${line}`).join('\n')}`
				: `${says}Check the values sent to Salla and run the node again.`;
			break;
		}
		case status === 429: {
			const retryAfter = headers['retry-after'];
			message = 'Salla\'s rate limit for this store was reached (429)';
			description = `${says}${retryAfter ? `Salla asked to wait ${retryAfter} seconds. ` : ''}Raise Max Rate Limit Wait in the node's Options, or run the workflow again later.`;
			break;
		}
		case status >= 500 && outcome.unsure === true:
			message = `Salla had a server error (${status}): the request may have gone through`;
			description = `${says}${UNSURE_DESCRIPTION}`;
			break;
		case status >= 500:
			message = `Salla had a server error (${status})`;
			description = `${says}${tried}The problem is on Salla's side. Try again in a few minutes; if it persists, contact Salla support with the time of the request.`;
			break;
		default:
			message = `Salla answered with an error (${status})${sallaMessage ? `: ${sallaMessage}` : ''}`;
			description = 'Check the node\'s parameters and run it again.';
	}

	return new NodeApiError(
		node,
		{ message, description, httpCode: String(status) },
		{ message, description, httpCode: String(status), itemIndex },
	);
}

/** Sets `pairedItem` on every output item, so expressions downstream find their input item. */
function pairTo(items: INodeExecutionData[], itemIndex: number): INodeExecutionData[] {
	return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
}

/** One limiter per Salla credential (one store); a node without one shares a single limiter. */
function storeLimiter(node: INode): StoreLimiter {
	const credential = node.credentials?.[CREDENTIAL_TYPE];
	return limiterFor(credential?.id ?? credential?.name ?? '');
}

/**
 * `routing.output.postReceive` of the always-shown Resource field, so n8n-core runs it on every
 * successful answer of every operation and page: records Salla's X-RateLimit-* headers, which
 * `makeRoutingRequest` does not hand back. It leaves the items as they are.
 */
export async function noteRateLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	storeLimiter(this.getNode()).note(lowerCaseKeys(response.headers));
	return items;
}

/** Options → Max Rate Limit Wait (Seconds), in milliseconds; the trigger has no such option. */
function maxWaitMs(context: { getNodeParameter?: unknown }): number {
	let seconds: unknown = DEFAULT_MAX_RATE_LIMIT_WAIT;
	try {
		const read = context.getNodeParameter as ((name: string, fallback: unknown) => unknown) | undefined;
		seconds = read?.call(context, 'options.maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT);
	} catch {
		// Not a node with that option.
	}
	const value = Number(seconds);
	return (Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_RATE_LIMIT_WAIT) * 1000;
}

// Retries, the door's other half (pacing and 429s are rateLimit.ts): after a 5xx answer or a network
// error, GET, PUT and DELETE are sent again (1 s, 2 s, 4 s). A POST is sent again only when the
// connection was never made; otherwise Salla may already have carried it out.
/** Waits before the retries of an idempotent request after a 5xx answer or a network error. */
const BACKOFF_MS = [1000, 2000, 4000];
/** Methods Salla can receive twice without a second effect. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Failures before a connection existed: nothing reached Salla, so even a POST can be sent again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

interface Attempt {
	/** The HTTP method, so that a policy can tell a safe retry from a possible duplicate. */
	method: string;
	/** The input item the request belongs to, for the error. */
	itemIndex?: number;
}

/**
 * The single door every request to Salla goes through: operations, every page of Get Many, dropdowns,
 * list searches and the trigger's webhook calls. `send` performs one signed request (n8n-core signs
 * it and refreshes the OAuth2 token on a 401); the door paces it to the store's rate limit, waits
 * and sends it again after a 429, retries what is safe to retry, and turns a failure into a Salla
 * error a merchant can act on.
 */
export async function throughSalla<T>(
	context: { getNode(): INode; getNodeParameter?: unknown },
	attempt: Attempt,
	send: () => Promise<T>,
): Promise<T> {
	const node = context.getNode();
	const limiter = storeLimiter(node);
	const limitMs = maxWaitMs(context);
	const method = attempt.method.toUpperCase();
	const ticket = nextTicket();
	let waitedMs = 0; // Retry-After waits of this request, bounded by Max Rate Limit Wait in total
	let allowanceMs = limitMs; // what the next wait in the queue may last
	let limited = 0;
	let retries = 0;

	for (;;) {
		try {
			await limiter.acquire(ticket, allowanceMs);
		} catch (wait) {
			throw rateLimitError(node, wait as WaitTooLong, limitMs, waitedMs, attempt.itemIndex);
		}
		let result: T;
		try {
			result = await send();
		} catch (error) {
			const failure = readFailure(error as JsonObject);
			const answered = failure.status !== undefined;

			if (failure.status === 429) {
				// Rejected, not carried out: any method may be sent again once Salla allows it.
				// At least a second (Salla's bucket lets one request through a second), so that a
				// Retry-After of 0 cannot make the item loop.
				const waitMs = Math.max(1000, askedWaitMs(failure.headers, timing.now()) ?? 1000 * 2 ** Math.min(limited, 5));
				limited++;
				limiter.note(failure.headers);
				limiter.hold(waitMs); // before the queue moves on
				limiter.settle();
				if (waitedMs + waitMs > limitMs) {
					const sallaMessage = failure.body?.error?.message ?? failure.body?.message;
					throw rateLimitError(
						node,
						new WaitTooLong(waitMs, 'retryAfter'),
						limitMs,
						waitedMs,
						attempt.itemIndex,
						sallaMessage,
					);
				}
				// The queue now holds this request for its own Retry-After: that wait is allowed.
				allowanceMs = limitMs - waitedMs;
				waitedMs += waitMs;
				continue;
			}
			limiter.settle(answered ? failure.headers : undefined);

			const transient =
				(failure.status !== undefined && failure.status >= 500) ||
				(!answered && failure.networkCode !== undefined);
			const notSent = !answered && failure.networkCode !== undefined && NOT_SENT_CODES.has(failure.networkCode);
			const safe = IDEMPOTENT_METHODS.has(method) || notSent;
			if (transient && safe && retries < BACKOFF_MS.length) {
				await timing.sleep(BACKOFF_MS[retries++]);
				allowanceMs = limitMs - waitedMs;
				continue;
			}
			throw toSallaError(node, error as JsonObject, attempt.itemIndex, {
				unsure: transient && !safe,
				attempts: retries + 1,
			});
		}
		limiter.settle();
		return result;
	}
}

/**
 * `requestOperations.pagination` of the Salla node: sends one declaratively built request through
 * the door above and pairs what comes back to its input item.
 */
export async function sendToSalla(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	const method = requestData.options.method ?? 'GET';
	const items = await throughSalla(this, { method, itemIndex }, async () =>
		await this.makeRoutingRequest(requestData),
	);
	return pairTo(items, itemIndex);
}

/**
 * `routing.operations.pagination` of list operations (Get Many): asks for pages of `per_page` records
 * (60, Salla's largest, or the Limit when smaller) and stops as soon as Limit records are in, or
 * when Salla's `pagination` says the last page was reached. The operation outputs Salla's whole body
 * (no postReceive), so that `pagination` is there to read; records are unwrapped here.
 */
export async function walkSallaPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Number.POSITIVE_INFINITY : (this.getNodeParameter('limit', 50) as number);
	const perPage = Math.min(MAX_PAGE_SIZE, limit);
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const options = { ...requestData.options, qs: { ...requestData.options.qs, page, per_page: perPage } };
		const [response] = await throughSalla(this, { method: 'GET', itemIndex }, async () =>
			await this.makeRoutingRequest({ ...requestData, options }),
		);
		const body = (response?.json ?? {}) as IDataObject;
		if (Array.isArray(body.data)) records.push(...(body.data as IDataObject[]));
		if (records.length >= limit || !hasPageAfter(body.pagination, page)) break;
	}
	return pairTo(
		records.slice(0, limit).map((json) => ({ json })),
		itemIndex,
	);
}

/**
 * A signed request from a programmatic context (dropdowns, list search, trigger webhook hooks), with
 * the same error mapping. `body`, when given, is sent as JSON.
 */
export async function sallaApiRequest(
	this: RequestContext,
	method: IHttpRequestOptions['method'],
	url: string,
	qs: IDataObject = {},
	body?: IDataObject,
): Promise<IDataObject> {
	const options: IHttpRequestOptions = {
		method,
		url,
		baseURL: SALLA_BASE_URL,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
		// The full response, for Salla's X-RateLimit-* headers.
		returnFullResponse: true,
	};
	if (body !== undefined) options.body = body;
	const node = this.getNode();
	return await throughSalla(this, { method: method ?? 'GET' }, async () => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			options,
		)) as IN8nHttpFullResponse;
		storeLimiter(node).note(lowerCaseKeys(response.headers));
		return (response.body ?? {}) as IDataObject;
	});
}

/** A NodeOperationError for bad input, raised before anything is sent to Salla. */
export function inputError(
	context: IExecuteSingleFunctions,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		description,
	});
}

/**
 * A finite JSON number from what a number field or an expression gave, or undefined when empty.
 * Expressions hand over strings ("1000") as often as numbers.
 */
export function toNumber(value: unknown): number | undefined | typeof NaN {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value.trim());
		return Number.isFinite(parsed) ? parsed : NaN;
	}
	return NaN;
}

/** A list from a multi-select, an expression array, or a comma-separated string; blanks dropped. */
export function toList(value: unknown): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	return list
		.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
		.filter((entry) => entry !== '' && entry !== undefined && entry !== null);
}

/** Salla's `pagination` says there is a page after `page` (it comes with `links` as {}, [] or an object). */
export function hasPageAfter(pagination: unknown, page: number): boolean {
	const { currentPage, totalPages } = (pagination ?? {}) as IDataObject;
	// A server that ignores `page` would loop forever: trust only an answer for the page asked.
	return Number(currentPage) === page && page < Number(totalPages);
}

/** Every record of a Salla list endpoint, page by page (60 a page), up to `maxItems`. */
export async function sallaListAll(
	this: RequestContext,
	url: string,
	qs: IDataObject = {},
	maxItems = Number.POSITIVE_INFINITY,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const response = await sallaApiRequest.call(this, 'GET', url, {
			...qs,
			page,
			per_page: MAX_PAGE_SIZE,
		});
		if (Array.isArray(response.data)) records.push(...(response.data as IDataObject[]));
		if (records.length >= maxItems || !hasPageAfter(response.pagination, page)) break;
	}
	return records.slice(0, maxItems);
}
