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
 * Known limits: docs/resources/product.md (its hand-written section).
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
