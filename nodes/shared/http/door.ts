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
import { NodeOperationError } from 'n8n-workflow';

import { envelopeMessage, isTlsFailure, lowerCaseKeys, NOT_SENT_CODES, readFailure, toSallaError } from './errors';
import { timing } from './rateLimit/clock';
import { bucketOf } from './rateLimit/customers';
import { limiterFor, nextTicket } from './rateLimit/limiter';
import type { StoreLimiter } from './rateLimit/limiter';
import { askedWaitMs, DEFAULT_MAX_RATE_LIMIT_WAIT, rateLimitError, WaitCancelled, WaitTooLong } from './rateLimit/waits';
import { mayRunSend } from './runGate';

/**
 * The door: every request to Salla goes through `throughSalla`, shared by the Salla node and the
 * Salla Trigger. It paces a request to the store's rate limit, waits out 429s, retries what is safe
 * to retry and maps Salla's errors. Its entry points are here too: `sendToSalla` for declarative
 * operations, `sallaApiRequest` for programmatic contexts; pages.ts walks the pages of lists.
 *
 * Declarative operations reach it through n8n's routing: every operation is built by
 * `defineOperation` (nodes/Salla/common/operation.ts), which sets `send.paginate: true`. That makes
 * n8n-core hand the built request to the node's `requestOperations.pagination` function
 * (`sendToSalla` below), or to `walkSallaPages` (pages.ts) for Get Many, instead of sending it itself.
 * That function is the only declarative hook that sees a failed request after n8n-core has signed it
 * and, on a 401, refreshed the OAuth2 token and retried it (`ignoreHttpStatusErrors` would switch
 * that refresh off).
 */

export const SALLA_BASE_URL = 'https://api.salla.dev/admin/v2';
export const CREDENTIAL_TYPE = 'sallaOAuth2Api';

type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;

/** Sets `pairedItem` on every output item, so expressions downstream find their input item. */
export function pairTo(items: INodeExecutionData[], itemIndex: number): INodeExecutionData[] {
	return items.map((item) => ({ ...item, pairedItem: { item: itemIndex } }));
}

/**
 * One limiter per Salla credential (one store) and bucket, decided from the request's URL: paths
 * under /customers have their own (`<credential>:customers`, see rateLimit/limiter.ts). A node without a
 * credential shares a single limiter.
 */
export function storeLimiter(node: INode, url: string | undefined): StoreLimiter {
	const credential = node.credentials?.[CREDENTIAL_TYPE];
	return limiterFor(credential?.id ?? credential?.name ?? '', bucketOf(url));
}

/**
 * The first `routing.output.postReceive` of every operation (common/operation.ts adds it), so
 * n8n-core runs it on every successful answer of every operation and page: records Salla's
 * X-RateLimit-* headers, which `makeRoutingRequest` does not hand back, in the limiter of the
 * operation's documented `path`. It leaves the items as they are.
 */
export function noteRateLimit(path: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		storeLimiter(this.getNode(), path).note(lowerCaseKeys(response.headers));
		return items;
	};
}

/** One of the node's Options, or undefined where the context (or the node) has no such option. */
function readOption(context: { getNodeParameter?: unknown }, name: string, fallback: unknown): unknown {
	try {
		const read = context.getNodeParameter as ((name: string, fallback: unknown) => unknown) | undefined;
		return read?.call(context, `options.${name}`, fallback);
	} catch {
		return undefined;
	}
}

/** Options → Language of Salla's Messages, for requests made outside the declarative routing. */
export function messageLanguage(context: { getNodeParameter?: unknown }): string {
	return readOption(context, 'language', 'en') === 'ar' ? 'ar' : 'en';
}

/** Options → Max Rate Limit Wait (Seconds), in milliseconds; the trigger has no such option. */
function maxWaitMs(context: { getNodeParameter?: unknown }): number {
	const value = Number(readOption(context, 'maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT));
	return (Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_RATE_LIMIT_WAIT) * 1000;
}

// Retries, the door's other half (pacing and 429s are rateLimit/): after a 5xx answer or a network
// error, GET, PUT and DELETE are sent again (1 s, 2 s, 4 s). A POST is sent again only when the
// connection was never made; otherwise Salla may already have carried it out.
/** Waits before the retries of an idempotent request after a 5xx answer or a network error. */
const BACKOFF_MS = [1000, 2000, 4000];
/** Methods Salla can receive twice without a second effect. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

interface Attempt {
	/** The HTTP method, so that a policy can tell a safe retry from a possible duplicate. */
	method: string;
	/** The request's URL: it decides the limiter (the store's, or its customers endpoints'). */
	url?: string;
	/** The input item the request belongs to, for the error. */
	itemIndex?: number;
	/** A person is waiting (dropdowns, list searches, trigger activation): goes before bulk runs. */
	interactive?: boolean;
}

/** n8n's cancel signal for the running execution, where the context has one. */
function cancelSignal(context: object): AbortSignal | undefined {
	const read = (context as { getExecutionCancelSignal?: () => AbortSignal | undefined }).getExecutionCancelSignal;
	try {
		return typeof read === 'function' ? read.call(context) : undefined;
	} catch {
		return undefined;
	}
}

function cancelled(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, 'The execution was cancelled while the request waited for Salla', { itemIndex });
}

/** A backoff wait that ends at once when the execution is cancelled. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
	if (!signal) return await timing.sleep(ms);
	if (signal.aborted) throw new WaitCancelled();
	let onAbort = () => {};
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(new WaitCancelled());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([timing.sleep(ms), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}

/**
 * The door every request to Salla goes through: operations, every page of Get Many, dropdowns,
 * list searches and the trigger's webhook calls. `send` performs one signed request (n8n-core signs
 * it and refreshes the OAuth2 token on a 401); the door paces it to the store's rate limit, waits
 * and sends it again after a 429, retries what is safe to retry, and turns a failure into a Salla
 * error a merchant can act on.
 *
 * Max Rate Limit Wait bounds, per request, the waits Salla asks for, added up: Retry-After after a
 * 429 and X-RateLimit-Reset when no requests are left. Queueing behind the run's other requests while
 * Salla still accepts requests is the store plan's pace and is not bounded.
 */
export async function throughSalla<T>(
	context: { getNode(): INode; getNodeParameter?: unknown },
	attempt: Attempt,
	send: () => Promise<T>,
): Promise<T> {
	const node = context.getNode();
	const limiter = storeLimiter(node, attempt.url);
	const limitMs = maxWaitMs(context);
	const method = attempt.method.toUpperCase();
	const signal = cancelSignal(context);
	const ticket = nextTicket();
	let waitedMs = 0; // waits Salla imposed on this request, added up
	let limited = 0;
	let retries = 0;

	for (;;) {
		try {
			waitedMs += await limiter.acquire(ticket, limitMs - waitedMs, { interactive: attempt.interactive, signal });
		} catch (wait) {
			if (wait instanceof WaitCancelled) throw cancelled(node, attempt.itemIndex);
			const tooLong = wait as WaitTooLong;
			throw rateLimitError(node, tooLong, limitMs, waitedMs + tooLong.waitedInQueueMs, attempt.itemIndex);
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
					throw rateLimitError(
						node,
						new WaitTooLong(waitMs, 'retryAfter', limiter.limitKind(failure.headers)),
						limitMs,
						waitedMs,
						attempt.itemIndex,
						envelopeMessage(failure.body),
					);
				}
				// The queue holds the store for the Retry-After; the next acquire counts that wait.
				continue;
			}
			limiter.settle(answered ? failure.headers : undefined);

			const transient =
				(failure.status !== undefined && failure.status >= 500) ||
				(!answered && failure.networkCode !== undefined && !isTlsFailure(failure.networkCode));
			const notSent = !answered && failure.networkCode !== undefined && NOT_SENT_CODES.has(failure.networkCode);
			const safe = IDEMPOTENT_METHODS.has(method) || notSent;
			if (transient && safe && retries < BACKOFF_MS.length) {
				try {
					await pause(BACKOFF_MS[retries++], signal);
				} catch {
					throw cancelled(node, attempt.itemIndex);
				}
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
 * the door and pairs what comes back to its input item.
 */
export async function sendToSalla(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	const method = requestData.options.method ?? 'GET';
	if (!(await mayRunSend(this))) return [];
	const items = await throughSalla(this, { method, url: requestData.options.url, itemIndex }, async () =>
		await this.makeRoutingRequest(requestData),
	);
	return pairTo(items, itemIndex);
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
		headers: { Accept: 'application/json', 'Accept-Language': messageLanguage(this) },
		json: true,
		// The full response, for Salla's X-RateLimit-* headers.
		returnFullResponse: true,
	};
	if (body !== undefined) options.body = body;
	const node = this.getNode();
	// Only dropdowns, list searches and the trigger's hooks call this: a person is waiting.
	return await throughSalla(this, { method: method ?? 'GET', url, interactive: true }, async () => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			options,
		)) as IN8nHttpFullResponse;
		storeLimiter(node, url).note(lowerCaseKeys(response.headers));
		return (response.body ?? {}) as IDataObject;
	});
}
