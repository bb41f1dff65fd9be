import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { readLimit } from '../validate';
import { pairTo, sallaApiRequest, throughSalla } from './door';
import { asNodeError, failRun, mayRunSend } from './runGate';

/** Salla's largest page (its Pagination page; one schema says 65, the docs say 60). */
export const MAX_PAGE_SIZE = 60;

/** Salla's `pagination` says there is a page after `page` (it comes with `links` as {}, [] or an object). */
export function hasPageAfter(pagination: unknown, page: number): boolean {
	const { currentPage, totalPages } = (pagination ?? {}) as IDataObject;
	// A server that ignores `page` would loop forever: trust only an answer for the page asked.
	return Number(currentPage) === page && page < Number(totalPages);
}

/**
 * The page walk: asks for pages of `per_page` records (60, Salla's largest, or `limit` when
 * smaller) and stops as soon as `limit` records are in, or when Salla's `pagination` says the last
 * page was reached. `fetchPage` returns Salla's whole body of one page.
 */
async function walkPages(
	limit: number,
	fetchPage: (qs: { page: number; per_page: number }) => Promise<IDataObject>,
): Promise<IDataObject[]> {
	const perPage = Math.min(MAX_PAGE_SIZE, limit);
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const body = await fetchPage({ page, per_page: perPage });
		if (Array.isArray(body.data)) records.push(...(body.data as IDataObject[]));
		if (records.length >= limit || !hasPageAfter(body.pagination, page)) break;
	}
	return records.slice(0, limit);
}

/**
 * `routing.operations.pagination` of list operations (Get Many): walks the pages up to Limit (or
 * all of them with Return All), every page through the door. The operation outputs Salla's whole
 * body (no postReceive), so that `pagination` is there to read; records are unwrapped here.
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
	const records = await walkPages(limit, async (pageQs) => {
		const options = { ...requestData.options, qs: { ...requestData.options.qs, ...pageQs } };
		const [response] = await throughSalla(this, { method: 'GET', url: options.url, itemIndex }, async () =>
			await this.makeRoutingRequest({ ...requestData, options }),
		);
		return (response?.json ?? {}) as IDataObject;
	});
	return pairTo(
		records.map((json) => ({ json })),
		itemIndex,
	);
}

/** Every record of a Salla list endpoint, page by page (60 a page), up to `maxItems`. */
export async function sallaListAll(
	this: IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions,
	url: string,
	qs: IDataObject = {},
	maxItems = Number.POSITIVE_INFINITY,
): Promise<IDataObject[]> {
	return await walkPages(maxItems, async (pageQs) => await sallaApiRequest.call(this, 'GET', url, { ...qs, ...pageQs }));
}
