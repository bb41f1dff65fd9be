import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import {
	idList,
	inputError,
	oneOf,
	optionalDate,
	optionalMoney,
	optionalNumber,
	optionalText,
	requireId,
	requireText,
	toList,
} from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';

/**
 * What several Product operations share: the product picker, "Find By" (ID or SKU), and the product
 * fields Create and Update send in the same shape (Salla's `product_request_body`). Salla's words in
 * names (`sale_price`, `with_tax`, `tax_reason_code`), a merchant's words in labels.
 */

/** A product picker; `shownWhen` adds display options (the locator keeps its identity). */
export function productLocator(
	shownWhen?: INodeProperties['displayOptions'],
	extra: { required?: boolean; description?: string } = {},
): INodeProperties {
	const field = recordLocator({
		name: 'product',
		displayName: 'Product',
		noun: 'product',
		example: '207865447',
		searchListMethod: 'searchProducts',
		url: {
			// The dashboard page Salla returns as `urls.admin`, e.g. https://s.salla.sa/products/207865447.
			regex: '^\\s*https://s\\.salla\\.sa/products/([0-9]+)',
			placeholder: 'https://s.salla.sa/products/207865447',
		},
		...extra,
	});
	if (shownWhen) field.displayOptions = shownWhen;
	return field;
}

export const FIND_BY = [
	{ name: 'ID', value: 'id', description: 'The product\'s ID, or pick it from the list' },
	{ name: 'SKU', value: 'sku', description: 'The product\'s stock-keeping unit (SKU), as set in the store' },
] as const;

/** Find By, the product picker (Find By = ID) and the SKU (Find By = SKU). */
export function productByIdOrSku(): { fields: INodeProperties[]; product: INodeProperties } {
	const product = productLocator({ show: { findBy: ['id'] } });
	return {
		product,
		fields: [
			{
				displayName: 'Find By',
				name: 'findBy',
				type: 'options',
				options: [...FIND_BY],
				default: 'id',
				description: 'Whether to find the product by its ID or by its SKU',
			},
			product,
			{
				displayName: 'SKU',
				name: 'sku',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 23-4324432',
				description: 'The product\'s SKU, exactly as set in the store',
				displayOptions: { show: { findBy: ['sku'] } },
			},
		],
	};
}

function findBy(context: IExecuteSingleFunctions): 'id' | 'sku' {
	return oneOf(context, 'Find By', context.getNodeParameter('findBy', 'id'), FIND_BY);
}

function readSku(context: IExecuteSingleFunctions): string {
	return requireText(context, 'SKU', context.getNodeParameter('sku', ''), 'Give the product\'s SKU, such as 23-4324432.');
}

/**
 * A preSend that sends to Salla's by-SKU path when Find By is SKU (the ID path is filled by
 * defineOperation). `skuPath` is a documented path with `{sku}`, listed in the operation's otherPaths.
 */
export function switchToSkuPath(skuPath: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (findBy(this) === 'sku') {
			return { ...requestOptions, url: skuPath.replace('{sku}', encodeURIComponent(readSku(this))) };
		}
		return requestOptions;
	};
}

/** What identifies the product of this item, for outputs: `{id}` or `{sku}`. */
export function productKey(context: IExecuteSingleFunctions, product: INodeProperties): IDataObject {
	return findBy(context) === 'sku' ? { sku: readSku(context) } : { id: readRecordId(context, product) };
}

export const PRODUCT_TYPES = [
	{ name: 'Product', value: 'product', description: 'A physical product that is shipped' },
	{ name: 'Service', value: 'service' },
	{ name: 'Group of Products', value: 'group_products' },
	{ name: 'Digital Codes', value: 'codes', description: 'Cards or codes sent to the customer' },
	{ name: 'Digital Product', value: 'digital', description: 'Files the customer downloads' },
	{ name: 'Food', value: 'food' },
	{ name: 'Booking', value: 'booking' },
	{ name: 'Donation', value: 'donating' },
];

export const PRODUCT_STATUSES = [
	{ name: 'For Sale', value: 'sale' },
	{ name: 'Out of Stock', value: 'out' },
	{ name: 'Hidden', value: 'hidden' },
];

const WEIGHT_UNITS = [
	{ name: 'Kilograms', value: 'kg' },
	{ name: 'Grams', value: 'g' },
	{ name: 'Pounds', value: 'lb' },
	{ name: 'Ounces', value: 'oz' },
];

/** Salla's `tax_reason_code` values (ZATCA's VAT exemption reasons), with ZATCA's wording. */
export const TAX_REASON_CODES = [
	{ name: 'VATEX-SA-29: Financial Services (Article 29)', value: 'VATEX-SA-29' },
	{ name: 'VATEX-SA-29-7: Life Insurance Services (Article 29)', value: 'VATEX-SA-29-7' },
	{ name: 'VATEX-SA-30: Real Estate Transactions (Article 30)', value: 'VATEX-SA-30' },
	{ name: 'VATEX-SA-32: Export of Goods', value: 'VATEX-SA-32' },
	{ name: 'VATEX-SA-33: Export of Services', value: 'VATEX-SA-33' },
	{ name: 'VATEX-SA-34-1: International Transport of Goods', value: 'VATEX-SA-34-1' },
	{ name: 'VATEX-SA-34-2: International Transport of Passengers', value: 'VATEX-SA-34-2' },
	{
		name: 'VATEX-SA-34-3: Services Connected to International Passenger Transport',
		value: 'VATEX-SA-34-3',
	},
	{ name: 'VATEX-SA-34-4: Supply of a Qualifying Means of Transport', value: 'VATEX-SA-34-4' },
	{ name: 'VATEX-SA-34-5: Services Relating to Goods or Passenger Transport', value: 'VATEX-SA-34-5' },
	{ name: 'VATEX-SA-35: Medicines and Medical Equipment', value: 'VATEX-SA-35' },
	{ name: 'VATEX-SA-36: Qualifying Metals', value: 'VATEX-SA-36' },
	{ name: 'VATEX-SA-EDU: Private Education to Citizens', value: 'VATEX-SA-EDU' },
	{ name: 'VATEX-SA-HEA: Private Healthcare to Citizens', value: 'VATEX-SA-HEA' },
	{ name: 'VATEX-SA-MLTRY: Qualified Military Goods', value: 'VATEX-SA-MLTRY' },
];

/** The product fields Create (Additional Fields) and Update (Update Fields) share, in Salla's names. */
export const productFields: INodeProperties[] = [
	{
		displayName: 'Brand Name or ID',
		name: 'brand_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBrands' },
		default: '',
		description:
			'The product\'s brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Category Names or IDs',
		name: 'categories',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getCategories' },
		default: [],
		description:
			'The categories the product appears in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Cost Price',
		name: 'cost_price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'What the product costs you, in the store currency (not shown to customers)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'The product\'s description; HTML is accepted',
	},
	{
		displayName: 'GTIN',
		name: 'gtin',
		type: 'string',
		default: '',
		placeholder: 'e.g. 58636897',
		description: 'Global Trade Item Number (barcode): 8, 12, 13 or 14 digits',
	},
	{
		displayName: 'MPN',
		name: 'mpn',
		type: 'string',
		default: '',
		placeholder: 'e.g. 45344432343',
		description: 'Manufacturer Part Number',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Units in stock. Leave out when Unlimited Quantity is on. A new product stays Out of Stock until it has a quantity.',
	},
	{
		displayName: 'Requires Shipping',
		name: 'require_shipping',
		type: 'boolean',
		default: true,
		description: 'Whether the product is shipped to the customer',
	},
	{
		displayName: 'Sale End Date',
		name: 'sale_end',
		type: 'dateTime',
		default: '',
		description: 'The last day of the sale price',
	},
	{
		displayName: 'Sale Price',
		name: 'sale_price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The discounted price, in the store currency',
	},
	{
		displayName: 'Sale Start Date',
		name: 'sale_start',
		type: 'dateTime',
		default: '',
		description: 'The first day of the sale price',
	},
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		placeholder: 'e.g. 23-4324432',
		description: 'Stock-keeping unit; Salla refuses one another product already uses',
	},
	{
		displayName: 'Tax Reason Code',
		name: 'tax_reason_code',
		type: 'options',
		options: TAX_REASON_CODES,
		default: 'VATEX-SA-32',
		description: 'Why the product is not taxed (a ZATCA VAT exemption reason). Required when Taxable is off.',
	},
	{
		displayName: 'Taxable',
		name: 'with_tax',
		type: 'boolean',
		default: true,
		description: 'Whether VAT applies to the product. When off, set Tax Reason Code.',
	},
	{
		displayName: 'Unlimited Quantity',
		name: 'unlimited_quantity',
		type: 'boolean',
		default: false,
		description: 'Whether the product never runs out (no stock is kept). Do not set Quantity as well.',
	},
	{
		displayName: 'Weight',
		name: 'weight',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The product\'s weight, in the Weight Unit',
	},
	{
		displayName: 'Weight Unit',
		name: 'weight_type',
		type: 'options',
		options: WEIGHT_UNITS,
		default: 'kg',
	},
];

/** Create's extra field: images by URL (Update cannot change images; use Attach Image). */
export const imageUrlsField: INodeProperties = {
	displayName: 'Image URLs',
	name: 'images',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Image URL' },
	default: [],
	placeholder: 'e.g. https://example.com/t-shirt.jpg',
	description:
		'Public https:// addresses of the product\'s images, in order. A new product stays Hidden until it has an image.',
};

const GTIN = /^(?:\d{8}|\d{12,14})$/;

/** A http(s) URL, as text. */
export function checkUrl(context: IExecuteSingleFunctions, label: string, raw: unknown): string {
	const text = requireText(context, label, raw, `Give ${label} as a full address, such as https://example.com/photo.jpg.`);
	let valid = false;
	try {
		const url = new URL(text);
		valid = (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
	} catch {
		valid = false;
	}
	if (!valid) {
		throw inputError(
			context,
			`${label}: "${text}" is not a web address`,
			`Give ${label} as a full address starting with https://, such as https://example.com/photo.jpg.`,
		);
	}
	return text;
}

/**
 * Salla's body from the shared product fields the user set (`values` is the collection), every rule
 * checked first. `price` is the product's price when known (Create, or Update setting it).
 */
export function productBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	const has = (key: string) => values[key] !== undefined && values[key] !== null && values[key] !== '';

	if (has('quantity')) {
		body.quantity = optionalNumber(context, 'Quantity', values.quantity, { min: 0, integer: true });
	}
	if (has('unlimited_quantity')) {
		if (typeof values.unlimited_quantity !== 'boolean') {
			throw inputError(context, 'Unlimited Quantity must be true or false', 'Turn Unlimited Quantity on or off.');
		}
		body.unlimited_quantity = values.unlimited_quantity;
	}
	if (body.unlimited_quantity === true && body.quantity !== undefined) {
		throw inputError(
			context,
			'Quantity and Unlimited Quantity are both set',
			'Set either a Quantity (units in stock) or turn Unlimited Quantity on, not both.',
		);
	}

	for (const [key, label] of [
		['sku', 'SKU'],
		['mpn', 'MPN'],
		['description', 'Description'],
	] as const) {
		const text = optionalText(context, label, values[key]);
		if (text) body[key] = text;
	}
	const gtin = optionalText(context, 'GTIN', values.gtin);
	if (gtin !== undefined && gtin !== '') {
		if (!GTIN.test(gtin)) {
			throw inputError(
				context,
				`GTIN: "${gtin}" is not a GTIN`,
				'A GTIN (barcode) is 8, 12, 13 or 14 digits, such as 58636897; no spaces or dashes.',
			);
		}
		body.gtin = gtin;
	}

	const categories = idList(context, 'Categories', values.categories, '1032561074');
	if (categories.length) body.categories = categories;
	if (has('brand_id')) body.brand_id = requireId(context, 'Brand', values.brand_id, '1097509908');

	const salePrice = optionalMoney(context, 'Sale Price', values.sale_price);
	if (salePrice !== undefined) body.sale_price = salePrice;
	const saleStart = optionalDate(context, 'Sale Start Date', values.sale_start);
	const saleEnd = optionalDate(context, 'Sale End Date', values.sale_end);
	if (saleStart && saleEnd && saleStart > saleEnd) {
		throw inputError(
			context,
			`Sale Start Date (${saleStart}) is after Sale End Date (${saleEnd})`,
			'Swap the two dates so that the sale runs forward.',
		);
	}
	if (saleStart) body.sale_start = saleStart;
	if (saleEnd) body.sale_end = saleEnd;
	const costPrice = optionalMoney(context, 'Cost Price', values.cost_price);
	if (costPrice !== undefined) body.cost_price = costPrice;

	const weight = optionalNumber(context, 'Weight', values.weight, { min: 0 });
	if (weight !== undefined) body.weight = weight;
	if (has('weight_type')) body.weight_type = oneOf(context, 'Weight Unit', values.weight_type, WEIGHT_UNITS);

	if (has('require_shipping')) {
		if (typeof values.require_shipping !== 'boolean') {
			throw inputError(context, 'Requires Shipping must be true or false', 'Turn Requires Shipping on or off.');
		}
		body.require_shipping = values.require_shipping;
	}

	if (has('with_tax')) {
		if (typeof values.with_tax !== 'boolean') {
			throw inputError(context, 'Taxable must be true or false', 'Turn Taxable on or off.');
		}
		body.with_tax = values.with_tax;
	}
	const taxReason = has('tax_reason_code')
		? oneOf(context, 'Tax Reason Code', values.tax_reason_code, TAX_REASON_CODES)
		: undefined;
	if (body.with_tax === false && !taxReason) {
		throw inputError(
			context,
			'Tax Reason Code is required when Taxable is off',
			'Add Tax Reason Code: the ZATCA reason the product is not taxed, such as VATEX-SA-32 (export of goods).',
		);
	}
	if (taxReason && body.with_tax !== false) {
		throw inputError(
			context,
			'Tax Reason Code is set but Taxable is not off',
			'Add Taxable and turn it off, or remove Tax Reason Code: Salla takes a reason only for products without VAT.',
		);
	}
	if (taxReason) body.tax_reason_code = taxReason;

	return body;
}

/** Create's Image URLs as Salla's `images` (`[{original}]`, in order), or undefined when none. */
export function imagesBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	const urls = toList(raw).flatMap((entry) => toList(entry));
	if (!urls.length) return undefined;
	return urls.map((url, index) => ({ original: checkUrl(context, `Image URLs (${index + 1})`, url) }));
}
