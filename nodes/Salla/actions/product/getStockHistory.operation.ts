import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { sendStockFilters, stockFilters } from './stockFilters';

/**
 * GET /products/quantities/audit (Salla's quantity audit): one item per change of stock, with the
 * old and new quantity, the reason and who made it. The page's example pages with `cursor` where
 * its schema says `pagination`: the node follows `pagination` only, so with a cursor answer it reads
 * the first page.
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
	fields: [...returnAllLimit(), stockFilters],
});
