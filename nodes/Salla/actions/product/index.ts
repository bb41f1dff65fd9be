import { defineResource } from '../../common/operation';
import { attachDigitalCodes } from './attachDigitalCodes.operation';
import { attachDigitalFile } from './attachDigitalFile.operation';
import { attachImage } from './attachImage.operation';
import { attachImageBySku } from './attachImageBySku.operation';
import { attachVideo } from './attachVideo.operation';
import { bulkAction } from './bulkAction.operation';
import { changeStatus } from './changeStatus.operation';
import { create } from './create.operation';
import { deleteProduct } from './delete.operation';
import { deleteDigitalFile } from './deleteDigitalFile.operation';
import { deleteImage } from './deleteImage.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getQuantities } from './getQuantities.operation';
import { getStockHistory } from './getStockHistory.operation';
import { importProducts } from './import.operation';
import { update } from './update.operation';
import { updateImage } from './updateImage.operation';
import { updatePriceBySku } from './updatePrice.operation';
import { updatePrices } from './updatePrices.operation';
import { updateStock } from './updateStock.operation';

/**
 * Products (`/products`). Variants are their own resource (Product Variant), options and their values
 * too (Product Option, Product Option Value). Get, Update, Delete and Attach Video find the product
 * by ID or by SKU (Salla's `/products/sku/{sku}` paths).
 *
 * Known limits:
 * - Update Prices and Update Stock send one request per item to Salla's bulk endpoints: Salla queues
 *   the change and answers without per-product results, so an output item repeats what was queued
 *   for its input item; batching items would lose that pairing and each item's own error.
 * - Update Prices: Salla's page documents products by `id` and a sale end without a start.
 * - Booking Details is sent as the JSON object given: Salla's schema and example disagree
 *   (`session_count` / `sessions_count`), so the node checks only that it is an object.
 * - Get Stock History: the page's example pages with `cursor`, its schema with `pagination`; the node
 *   follows either (a cursor's next page is asked for as `page`, which the page does not confirm).
 * - Update Image uploads a file: the page's text mentions a URL, its schema only the file (`photo`).
 * - Attach Image By SKU and Attach Video by SKU take what Salla's by-SKU pages document: the file, the link.
 * - Bulk Action acts on chosen products (`filters.ids`); Salla's other filters (select all, by
 *   category, brand, status, type) are not offered. The price formula is Salla's own syntax, as in
 *   its example (`price - (price * amount /100)`).
 * - Delete Digital File: Salla says the file ID is in the product's details without naming the list;
 *   the File picker reads `digital_files` or `files`.
 * - Import and Custom URL Import answer with a message only: Salla imports in the background.
 */
export const product = defineResource({
	value: 'product',
	name: 'Product',
	defaultOperation: 'get',
	operations: [
		attachDigitalCodes,
		attachDigitalFile,
		attachImage,
		attachImageBySku,
		attachVideo,
		bulkAction,
		changeStatus,
		create,
		deleteProduct,
		deleteDigitalFile,
		deleteImage,
		get,
		getAll,
		getQuantities,
		getStockHistory,
		importProducts,
		update,
		updateImage,
		updatePriceBySku,
		updatePrices,
		updateStock,
	],
});
