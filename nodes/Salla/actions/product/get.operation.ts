import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { productByIdOrSku, switchToSkuPath } from './shared';

/** GET /products/{product}, or GET /products/sku/{sku} when Find By is SKU. */
const { fields } = productByIdOrSku();

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get a product\'s details by its ID or SKU',
	action: 'Get a product',
	method: 'GET',
	path: '/products/{product}',
	otherPaths: ['/products/sku/{sku}'],
	scope: 'products.read',
	preSend: [switchToSkuPath('/products/sku/{sku}')],
	postReceive: [unwrapData],
	fields,
});
