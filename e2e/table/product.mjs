// Product (/products): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, ok, page, removed } from '../../harness/salla-answers.mjs';

const SHIRT = { id: 892907448, name: 'T-shirt', sku: '52743-145', price: { amount: 25.5, currency: 'SAR' }, status: 'sale' };
const product = byId(SHIRT.id);
const IMAGE = { id: 1930365418, url: 'https://cdn.example.com/products/shirt.png', main: true };

export const operations = [
	{
		operation: 'attachImage',
		parameters: { product, imageSource: 'url', original: IMAGE.url },
		request: { method: 'POST', path: `/products/${SHIRT.id}/images`, body: { original: IMAGE.url } },
		answer: ok(IMAGE, 201),
		output: [IMAGE],
	},
	{
		operation: 'changeStatus',
		parameters: { product, status: 'hidden' },
		request: { method: 'POST', path: `/products/${SHIRT.id}/status`, body: { status: 'hidden' } },
		answer: ok({ ...SHIRT, status: 'hidden' }),
		output: [{ id: SHIRT.id, status: 'hidden', message: null }],
	},
	{
		operation: 'create',
		parameters: { name: 'T-shirt', price: 25.5, product_type: 'product', additionalFields: { sku: '52743-145', quantity: 10 } },
		request: { method: 'POST', path: '/products', body: { name: 'T-shirt', price: 25.5, product_type: 'product', sku: '52743-145', quantity: 10 } },
		answer: ok(SHIRT, 201),
		output: [SHIRT],
	},
	{
		operation: 'delete',
		parameters: { findBy: 'id', product },
		request: { method: 'DELETE', path: `/products/${SHIRT.id}` },
		answer: removed(),
		output: [{ id: SHIRT.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	{
		operation: 'deleteImage',
		parameters: { product, image: byId(IMAGE.id) },
		request: { method: 'DELETE', path: `/products/images/${IMAGE.id}` },
		answer: removed(),
		output: [{ id: IMAGE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	{
		operation: 'get',
		parameters: { findBy: 'sku', sku: '52743-145' },
		request: { method: 'GET', path: '/products/sku/52743-145' },
		answer: ok(SHIRT),
		output: [SHIRT],
	},
	{
		operation: 'getAll',
		parameters: { limit: 1, filters: { keyword: 'shirt', status: 'sale' } },
		request: { method: 'GET', path: '/products', query: { keyword: 'shirt', status: 'sale', page: '1', per_page: '1' } },
		answer: page([SHIRT]),
		output: [SHIRT],
	},
	{
		operation: 'update',
		parameters: { findBy: 'id', product, updateFields: { price: 30 } },
		request: { method: 'PUT', path: `/products/${SHIRT.id}`, body: { price: 30 } },
		answer: ok({ ...SHIRT, price: { amount: 30, currency: 'SAR' } }),
		output: [{ ...SHIRT, price: { amount: 30, currency: 'SAR' } }],
	},
	{
		operation: 'updatePriceBySku',
		parameters: { sku: '52743-145', price: 30 },
		request: { method: 'POST', path: '/products/sku/52743-145/price', body: { price: 30 } },
		answer: ok({ ...SHIRT, price: { amount: 30, currency: 'SAR' } }),
		output: [{ ...SHIRT, price: { amount: 30, currency: 'SAR' } }],
	},
	{
		operation: 'updateStock',
		parameters: { identifer_type: 'id', product, mode: 'increment', quantity: 5 },
		request: { method: 'POST', path: '/products/quantities/bulk', body: { products: [{ identifer_type: 'id', identifer: SHIRT.id, quantity: 5, mode: 'increment' }] } },
		answer: ok({ message: 'Quantities updated', code: 200 }),
		output: [{ identifer_type: 'id', identifer: SHIRT.id, quantity: 5, mode: 'increment', queued: true, message: 'Quantities updated' }],
	},
];

export const pickers = [
	{
		method: 'searchProducts',
		parameters: { resource: 'product', operation: 'get', findBy: 'id' },
		path: 'product',
		filter: 'shirt',
		request: { method: 'GET', path: '/products', query: { page: '1', per_page: '60', keyword: 'shirt' } },
		answer: page([SHIRT]),
		results: [{ name: 'T-shirt (52743-145)', value: String(SHIRT.id) }],
	},
	{
		method: 'searchProductImages',
		parameters: { resource: 'product', operation: 'deleteImage', product },
		path: 'image',
		request: { method: 'GET', path: `/products/${SHIRT.id}` },
		answer: ok({ ...SHIRT, images: [IMAGE] }),
		results: [{ name: `Image 1 (main) · ${IMAGE.id}`, value: String(IMAGE.id), url: IMAGE.url }],
	},
	{
		method: 'getProducts',
		parameters: { resource: 'coupon', operation: 'create', additionalFields: {} },
		path: 'additionalFields.products_include',
		request: { method: 'GET', path: '/products', query: { page: '1', per_page: '60' } },
		answer: page([SHIRT]),
		results: [{ name: 'T-shirt (52743-145)', value: SHIRT.id }],
	},
	{
		method: 'getQuantityChangeReasons',
		parameters: { resource: 'product', operation: 'updateStock', additionalFields: {} },
		path: 'additionalFields.reason_id',
		request: { method: 'GET', path: '/products/quantities/quantity-change-reason', query: { page: '1', per_page: '60' } },
		answer: page([{ id: 3, name: 'Damaged' }]),
		results: [{ name: 'Damaged', value: 3 }],
	},
];
