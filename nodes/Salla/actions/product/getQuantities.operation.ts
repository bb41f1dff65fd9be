import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { sendStockFilters, stockFilters } from './stockFilters';

/**
 * GET /products/quantities: one item per product without options and per variant, with its stock
 * (`quantity`, `unlimited_quantity`), price and SKU; `sku_id` and `variant` are set for variants.
 */
export const getQuantities = defineOperation({
	value: 'getQuantities',
	name: 'Get Quantities',
	description: 'Get the stock of every product and variant, optionally of one branch',
	action: 'Get product quantities',
	method: 'GET',
	path: '/products/quantities',
	scope: 'products.read',
	list: true,
	preSend: [sendStockFilters],
	fields: [...returnAllLimit(), stockFilters],
});
