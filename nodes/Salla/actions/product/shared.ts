import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, requireText } from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';
import { adminUrl, loadWith, optionsFrom, searchList } from '../../common/search';
import { brandOptions } from '../brand/shared';
import { categoriesField } from '../category/shared';
import { WEIGHT_UNITS } from '../../common/vocabulary';

/**
 * What several Product operations share: the product picker, "Find By" (ID or SKU), and the product
 * fields Create and Update send in the same shape (Salla's `product_request_body`). Salla's words in
 * names (`sale_price`, `with_tax`, `tax_reason_code`), a merchant's words in labels.
 */

const productName = (product: IDataObject) => `${String(product.name ?? product.id)}${product.sku ? ` (${String(product.sku)})` : ''}`;

/** Products, searched by Salla's keyword; shown with their SKU. */
export const productSearch = searchList('searchProducts', { path: '/products', keyword: true, name: productName, url: adminUrl });
/** The store's products, for dropdowns of product IDs. */
export const productOptions = optionsFrom('getProducts', { path: '/products', value: (product) => product.id as number, name: productName });

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
		search: productSearch,
		url: {
			// The dashboard page Salla returns as `urls.admin`, e.g. https://s.salla.sa/products/207865447.
			regex: '^\\s*https://s\\.salla\\.sa/products/([0-9]+)',
			placeholder: 'https://s.salla.sa/products/207865447',
		},
		...extra,
	});
	// Shown for one choice of another field: checked by the node, not `required` (an expression may make the choice).
	if (shownWhen) Object.assign(field, { displayOptions: shownWhen, required: false });
	return field;
}

export const FIND_BY = [
	{ name: 'ID', value: 'id', description: 'The product\'s ID, or pick it from the list' },
	{ name: 'SKU', value: 'sku', description: 'The product\'s stock-keeping unit (SKU), as set in the store' },
] as const;

/** The SKU a product (or a variant) is found by, as the store has it. */
export function skuField(
	description = 'The product\'s SKU, exactly as set in the store',
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties {
	return {
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		// Shown for one choice of another field: checked by the node, not required (an expression may make the choice).
		...(displayOptions ? {} : { required: true }),
		default: '',
		placeholder: 'e.g. 23-4324432',
		description,
		...(displayOptions ? { displayOptions } : {}),
	};
}

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
			skuField(undefined, { show: { findBy: ['sku'] } }),
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

/** The required Price of Create and of the price updates, worded for each. */
export const priceField = (description: string): INodeProperties => ({
	displayName: 'Price',
	name: 'price',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	required: true,
	default: 0,
	description,
});

/** The Price of priceField: an amount of money that must be there; `hint` says what to give. */
export function readPrice(context: IExecuteSingleFunctions, hint = 'Give the new price in the store currency, for example 99.95.'): number {
	const price = optionalMoney(context, 'Price', context.getNodeParameter('price', ''));
	if (price === undefined) throw inputError(context, 'Price is empty', hint);
	return price;
}

/** The product fields Create (Additional Fields) and Update (Update Fields) share, in Salla's names. */
export const productFields: INodeProperties[] = [
	{
		displayName: 'Brand Name or ID',
		name: 'brand_id',
		type: 'options',
		typeOptions: loadWith(brandOptions),
		default: '',
		description:
			'The product\'s brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	categoriesField('The categories the product appears in'),
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
		description: 'The last day of the sale price. Only the day is sent; the time is ignored.',
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
		description: 'The first day of the sale price. Only the day is sent; the time is ignored.',
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
		options: [...WEIGHT_UNITS],
		default: 'kg',
	},
];

/** Product Names or IDs (`products`), described by what the products are for (`purpose`). */
export function productsField(purpose: string): INodeProperties {
	return {
		displayName: 'Product Names or IDs',
		name: 'products',
		type: 'multiOptions',
		typeOptions: loadWith(productOptions),
		default: [],
		description: `${purpose}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** One of productFields, by name, for an operation that offers it too. */
export const productField = (name: string) => productFields.find((field) => field.name === name) as INodeProperties;

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
