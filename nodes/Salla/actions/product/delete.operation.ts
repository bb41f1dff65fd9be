import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { productByIdOrSku, productKey, switchToSkuPath } from './shared';

/**
 * DELETE /products/{product}, or DELETE /products/sku/{sku}: Salla answers 202 with a bare message;
 * the output says what was deleted.
 */
const { fields, product } = productByIdOrSku();

export const deleteProduct = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a product by its ID or SKU',
	action: 'Delete a product',
	method: 'DELETE',
	path: '/products/{product}',
	otherPaths: ['/products/sku/{sku}'],
	scope: 'products.read_write',
	preSend: [switchToSkuPath('/products/sku/{sku}')],
	postReceive: [describeOutcome((context) => ({ ...productKey(context, product), deleted: true }))],
	fields,
});
