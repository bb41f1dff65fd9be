// Product (/products): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const SHIRT = { id: 892907448, name: 'T-shirt', sku: '52743-145', price: { amount: 25.5, currency: 'SAR' }, status: 'sale' };
const product = byId(SHIRT.id);
const IMAGE = { id: 1930365418, url: 'https://cdn.example.com/products/shirt.png', main: true };
const TAG = { id: 2129257534, name: 'Summer Sale' };
const GUIDE = { id: 207865447, digitalFile: 1592634093 };
// a listing's fields, the same in the panel and in what Salla receives
const LISTING = {
	status: 'hidden',
	subtitle: 'Breathable linen',
	promotion_title: 'New',
	metadata_title: 'Linen shirt | Cotton Co',
	metadata_url: 'linen-shirt',
	channels: ['web', 'app'],
	hide_quantity: true,
	maximum_quantity_per_order: 3,
	tags: [TAG.id],
};

// the input files of the uploads (binary data in n8n): a 1×1 PNG, a spreadsheet, a PDF
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX = Buffer.from('PK\u0003\u0004 quantities sheet').toString('base64');
const PDF = Buffer.from('%PDF-1.4 user guide').toString('base64');
const bytes = (base64) => Buffer.from(base64, 'base64').length;
const filePart = (name, type, base64) => `file ${name} (${type}, ${bytes(base64)} bytes)`;
const QUEUED = 'The details has been queued to update, it may take several minutes to finish the process.';
const UPLOADED = { id: 1908361139, image: { original: { url: 'https://cdn.salla.sa/back.png', width: 1, height: 1 } }, sort: 3, default: false, alt_seo: 'Back', type: 'image' };
const VIDEO = { id: 1749963998, default: false, video_url: 'https://www.youtube.com/watch?v=dmqWuUeA5Ug', type: 'video' };
const CHANGE = { id: 1724121935, name: 'T-shirt', sku: '52743-145', created_at: '2026-07-20', old_quantity: 115, new_quantity: 65, unlimited_quantity: false, reason: 'Restock', user: { id: 525144736, type: 'user', first_name: 'Joseph' } };
const STOCK = { id: SHIRT.id, name: 'T-shirt', sku_id: 652911549, sku: '52743-145-XL', quantity: 3, price: { amount: 25.5, currency: 'SAR' }, unlimited_quantity: false, variant: 'XL' };

export const operations = [
	{
		operation: 'attachImage',
		parameters: { product, imageSource: 'url', original: IMAGE.url },
		request: { method: 'POST', path: `/products/${SHIRT.id}/images`, body: { original: IMAGE.url } },
		answer: ok(IMAGE, 201),
		output: [IMAGE],
	},
	{
		operation: 'attachImageBySku',
		parameters: { sku: 'TS-1' },
		file: { fileName: 'back.png', mimeType: 'image/png', base64: PNG },
		request: { method: 'POST', path: '/products/sku/TS-1/images', body: { photo: filePart('back.png', 'image/png', PNG) } },
		answer: ok(UPLOADED, 201),
		output: [UPLOADED],
	},
	{
		operation: 'attachVideo',
		parameters: { findBy: 'id', product: byId(GUIDE.id), video_url: VIDEO.video_url, additionalFields: { default: false, alt: 'Unboxing' } },
		request: { method: 'POST', path: `/products/${GUIDE.id}/video`, body: { video_url: VIDEO.video_url, default: false, alt: 'Unboxing' } },
		answer: ok(VIDEO, 201),
		output: [VIDEO],
	},
	{
		operation: 'attachVideo',
		parameters: { findBy: 'sku', sku: 'TS-1', video_url: 'https://youtu.be/jwCmIBJ8Jtc' },
		request: { method: 'POST', path: '/products/sku/TS-1/videos', body: { video_url: 'https://youtu.be/jwCmIBJ8Jtc' } },
		answer: ok({ ...VIDEO, id: 1749963999, video_url: 'https://youtu.be/jwCmIBJ8Jtc' }, 201),
		output: [{ ...VIDEO, id: 1749963999, video_url: 'https://youtu.be/jwCmIBJ8Jtc' }],
	},
	{
		operation: 'attachDigitalCodes',
		parameters: { product: byId(GUIDE.id), codes: '232m322\n2D3w\n' },
		request: { method: 'POST', path: `/products/${GUIDE.id}/digital-codes`, body: { codes: ['232m322', '2D3w'] } },
		answer: ok({ message: 'The entity has been created successfully', code: 201 }, 201),
		output: [{ id: GUIDE.id, codes: ['232m322', '2D3w'], message: 'The entity has been created successfully' }],
	},
	{
		operation: 'attachDigitalFile',
		parameters: { product: byId(GUIDE.id), binaryPropertyName: 'guide', file_name: 'User guide' },
		file: { fileName: 'guide.pdf', mimeType: 'application/pdf', base64: PDF, field: 'guide' },
		request: {
			method: 'POST',
			path: `/products/${GUIDE.id}/digital-files`,
			body: { file: filePart('guide.pdf', 'application/pdf', PDF), file_name: 'User guide' },
		},
		answer: ok({ name: 'User guide', url: 'https://cdn.salla.sa/guide.pdf', size: bytes(PDF) }, 201),
		output: [{ name: 'User guide', url: 'https://cdn.salla.sa/guide.pdf', size: bytes(PDF) }],
	},
	{
		operation: 'bulkAction',
		parameters: { ids: [1661028235, 388819608], action_name: 'pricing', column: 'sale_price', amount: 15 },
		request: {
			method: 'POST',
			path: '/products/actions',
			body: {
				operations: [{ action_name: 'pricing', value: { column: 'sale_price', formula: 'price - (price * amount / 100)', amount: 15, apply_on: 'product' } }],
				filters: { ids: [1661028235, 388819608] },
			},
		},
		answer: ok([{ operation_id: '9cde43d8-dbac-40f4-8d39-74a9443846b9', action_name: 'pricing', status: 'in_progress' }]),
		output: [{ operation_id: '9cde43d8-dbac-40f4-8d39-74a9443846b9', action_name: 'pricing', status: 'in_progress' }],
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
		// the fields of a listing, a status and options made at once
		operation: 'create',
		parameters: {
			name: 'Linen shirt',
			price: 120,
			product_type: 'product',
			additionalFields: {
				...LISTING,
				options: { option: [{ name: 'Size', values: 'S, M', display_type: 'text', required: true }] },
			},
		},
		request: {
			method: 'POST',
			path: '/products',
			body: {
				name: 'Linen shirt',
				price: 120,
				product_type: 'product',
				...LISTING,
				options: [{ name: 'Size', values: [{ name: 'S' }, { name: 'M' }], display_type: 'text', required: true }],
			},
		},
		answer: ok({ id: 892907449, name: 'Linen shirt', price: { amount: 120, currency: 'SAR' }, status: 'hidden' }, 201),
		output: [{ id: 892907449, name: 'Linen shirt', price: { amount: 120, currency: 'SAR' }, status: 'hidden' }],
	},
	{
		// a group of products
		operation: 'create',
		parameters: {
			name: 'Summer bundle',
			price: 60,
			product_type: 'group_products',
			additionalFields: { consisted_products: { product: [{ id: SHIRT.id, quantity: 2 }, { id: 892907449, quantity: 1 }] } },
		},
		request: {
			method: 'POST',
			path: '/products',
			body: { name: 'Summer bundle', price: 60, product_type: 'group_products', consisted_products: [{ id: SHIRT.id, quantity: 2 }, { id: 892907449, quantity: 1 }] },
		},
		answer: ok({ id: 892907450, name: 'Summer bundle', type: 'group_products' }, 201),
		output: [{ id: 892907450, name: 'Summer bundle', type: 'group_products' }],
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
		operation: 'deleteDigitalFile',
		parameters: { file: byId(GUIDE.digitalFile) },
		request: { method: 'DELETE', path: `/products/digital-files/${GUIDE.digitalFile}` },
		answer: removed(),
		output: [{ id: GUIDE.digitalFile, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { findBy: 'sku', sku: '52743-145' }, '/products/sku/52743-145', SHIRT),
	readsPage('getAll', { limit: 1, filters: { keyword: 'shirt', status: 'sale' } }, firstPage('/products', { keyword: 'shirt', status: 'sale' }, 1), [SHIRT]),
	readsPage('getQuantities', { returnAll: true, filters: { branch: 1473353380, categories: [43957834] } }, firstPage('/products/quantities', { 'categories[]': '43957834', branch: '1473353380' }), [STOCK]),
	{
		// the page's example pages with a cursor
		operation: 'getStockHistory',
		parameters: { returnAll: true, filters: { tags: [1] } },
		request: firstPage('/products/quantities/audit', { 'tags[]': '1' }),
		answer: { status: 200, body: { status: 200, success: true, data: [CHANGE], cursor: { current: 1, previous: null, next: null, count: 1 } } },
		output: [CHANGE],
	},
	{
		operation: 'import',
		parameters: { type: 'quantities' },
		file: { fileName: 'quantities.xlsx', mimeType: XLSX_TYPE, base64: XLSX },
		request: { method: 'POST', path: '/products/import', body: { file: filePart('quantities.xlsx', XLSX_TYPE, XLSX), type: 'quantities' } },
		answer: ok(['جاري إستيراد البيانات'], 201),
		output: [{ type: 'quantities', queued: true, message: 'جاري إستيراد البيانات' }],
	},
	{
		operation: 'update',
		parameters: { findBy: 'id', product, updateFields: { price: 30 } },
		request: { method: 'PUT', path: `/products/${SHIRT.id}`, body: { price: 30 } },
		answer: ok({ ...SHIRT, price: { amount: 30, currency: 'SAR' } }),
		output: [{ ...SHIRT, price: { amount: 30, currency: 'SAR' } }],
	},
	{
		// the fields of a listing
		operation: 'update',
		parameters: { findBy: 'sku', sku: '52743-145', updateFields: { promotion_subtitle: 'Free shipping this week', tags: [TAG.id], channels: ['app'], hide_quantity: false } },
		request: {
			method: 'PUT',
			path: '/products/sku/52743-145',
			body: { promotion_subtitle: 'Free shipping this week', tags: [TAG.id], channels: ['app'], hide_quantity: false },
		},
		answer: ok(SHIRT),
		output: [SHIRT],
	},
	{
		operation: 'updateImage',
		parameters: { image: byId(713368802), additionalFields: { main: false, sort: 3, alt: 'Back' } },
		file: { fileName: 'back.png', mimeType: 'image/png', base64: PNG },
		request: {
			method: 'POST',
			path: '/products/images/713368802',
			body: { photo: filePart('back.png', 'image/png', PNG), default: '0', sort: '3', alt: 'Back' },
		},
		answer: ok({ ...UPLOADED, id: 713368802 }, 201),
		output: [{ ...UPLOADED, id: 713368802 }],
	},
	{
		operation: 'updatePriceBySku',
		parameters: { sku: '52743-145', price: 30 },
		request: { method: 'POST', path: '/products/sku/52743-145/price', body: { price: 30 } },
		answer: ok({ ...SHIRT, price: { amount: 30, currency: 'SAR' } }),
		output: [{ ...SHIRT, price: { amount: 30, currency: 'SAR' } }],
	},
	{
		operation: 'updatePrices',
		parameters: { product: byId(784769282), price: 500, additionalFields: { cost_price: 350, sale_price: 450, sale_end: '2026-07-30T00:00:00' } },
		request: {
			method: 'POST',
			path: '/products/prices/bulkPrice',
			body: { products: [{ id: 784769282, price: 500, cost_price: 350, sale_price: 450, sale_end: '2026-07-30' }] },
		},
		answer: ok({ message: QUEUED, code: 201 }, 201),
		output: [{ id: 784769282, price: 500, cost_price: 350, sale_price: 450, sale_end: '2026-07-30', queued: true, message: QUEUED }],
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
		request: keywordSearch('/products', 'shirt'),
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
		request: firstPage('/products'),
		answer: page([SHIRT]),
		results: [{ name: 'T-shirt (52743-145)', value: SHIRT.id }],
	},
	{
		method: 'searchDigitalFiles',
		parameters: { resource: 'product', operation: 'deleteDigitalFile', product: byId(GUIDE.id) },
		path: 'file',
		request: { method: 'GET', path: `/products/${GUIDE.id}` },
		answer: ok({ id: GUIDE.id, name: 'Sewing guide', digital_files: [{ id: GUIDE.digitalFile, name: 'User guide' }] }),
		results: [{ name: 'User guide', value: String(GUIDE.digitalFile) }],
	},
	{
		method: 'getQuantityChangeReasons',
		parameters: { resource: 'product', operation: 'updateStock', additionalFields: {} },
		path: 'additionalFields.reason_id',
		request: firstPage('/products/quantities/quantity-change-reason'),
		answer: page([{ id: 3, name: 'Damaged' }]),
		results: [{ name: 'Damaged', value: 3 }],
	},
];
