import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { sendStockFilters, stockFilters } from './stockFilters';

/**
 * The page's example pages with `cursor {current, previous, next, count}` where its schema says
 * `pagination`: a cursor answer is read as pagination (a next page while `next` is set), so either
 * is followed.
 */
async function readCursor(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const body = item.json as IDataObject;
		const cursor = body.cursor as IDataObject | undefined;
		if (body.pagination !== undefined || !cursor || typeof cursor !== 'object') return item;
		const current = Number(cursor.current);
		const hasNext = cursor.next !== null && cursor.next !== undefined && cursor.next !== '';
		return { ...item, json: { ...body, pagination: { currentPage: current, totalPages: hasNext ? current + 1 : current } } };
	});
}

/**
 * GET /products/quantities/audit (Salla's quantity audit): one item per change of stock, with the
 * old and new quantity, the reason and who made it.
 */
export const getStockHistory = defineOperation({
	value: 'getStockHistory',
	name: 'Get Stock History',
	description: 'Get the audit of stock changes: old and new quantity, reason and who made each',
	action: 'Get the stock history of products',
	method: 'GET',
	path: '/products/quantities/audit',
	scope: 'products.read',
	list: true,
	preSend: [sendStockFilters],
	postReceive: [readCursor],
	fields: [...returnAllLimit(), stockFilters],
});
