import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE, MAX_PAGE_SIZE, SALLA_BASE_URL } from './constants';
import { messageLanguage, pairTo, storeLimiter, throughSalla } from './door';
import { lowerCaseKeys } from './errors';
import { asNodeError, failRun, mayRunSend } from './runGate';
import { inputError } from './validate';

/**
 * The single door every request to Salla goes through, shared by the Salla node and the Salla
 * Trigger: pacing to the store's rate limit, retries, Salla's errors mapped, items paired.
 *
 * Declarative operations reach it through n8n's routing: every operation is built by
 * `defineOperation` (nodes/Salla/common/operation.ts), which sets `send.paginate: true`. That makes
 * n8n-core hand the built request to the node's `requestOperations.pagination` function
 * (`sendToSalla` below), or to `walkSallaPages` for Get Many, instead of sending it itself. That
 * function is the only declarative hook that sees a failed request after n8n-core has signed it and,
 * on a 401, refreshed the OAuth2 token and retried it (`ignoreHttpStatusErrors` would switch that
 * refresh off).
 */

type RequestContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;

export { noteRateLimit, throughSalla } from './door';

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
	if (!(await mayRunSend(this))) return [];
	const items = await throughSalla(this, { method, url: requestData.options.url, itemIndex }, async () =>
		await this.makeRoutingRequest(requestData),
	);
	return pairTo(items, itemIndex);
}

/** Limit as a whole number of at least 1; an expression may give text, 0 or a fraction. */
function readLimit(context: IExecuteSingleFunctions): number {
	const raw = context.getNodeParameter('limit', 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw inputError(
			context,
			`Limit: "${String(raw)}" is not a number of results`,
			'Limit is how many records to return: a whole number of at least 1, such as 50. Turn on Return All to get every record.',
		);
	}
	return limit;
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
	let limit: number;
	try {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		limit = returnAll ? Number.POSITIVE_INFINITY : readLimit(this);
	} catch (error) {
		failRun(this);
		throw asNodeError(this.getNode(), error);
	}
	if (!(await mayRunSend(this))) return [];
	const perPage = Math.min(MAX_PAGE_SIZE, limit);
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const options = { ...requestData.options, qs: { ...requestData.options.qs, page, per_page: perPage } };
		const [response] = await throughSalla(this, { method: 'GET', url: options.url, itemIndex }, async () =>
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
