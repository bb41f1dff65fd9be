import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import {
	idList,
	inputError,
	isUnset,
	oneOf,
	optionalBoolean,
	optionalDate,
	optionalGtin,
	optionalMoney,
	optionalNumber,
	optionalTexts,
	requireId,
	requireText,
	toList,
} from '../../../shared/validate';
import { WEIGHT_UNITS } from '../../common/vocabulary';
import { TAX_REASON_CODES } from './shared';

/** Salla's product body from the panel's fields, every rule checked before sending. */

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

type Part = (context: IExecuteSingleFunctions, values: IDataObject) => IDataObject;

/** Quantity or Unlimited Quantity, never both. */
const stock: Part = (context, values) => {
	const body: IDataObject = {};
	const quantity = optionalNumber(context, 'Quantity', values.quantity, { min: 0, integer: true });
	if (quantity !== undefined) body.quantity = quantity;
	const unlimited = optionalBoolean(context, 'Unlimited Quantity', values.unlimited_quantity);
	if (unlimited !== undefined) body.unlimited_quantity = unlimited;
	if (body.unlimited_quantity === true && body.quantity !== undefined) {
		throw inputError(
			context,
			'Quantity and Unlimited Quantity are both set',
			'Set either a Quantity (units in stock) or turn Unlimited Quantity on, not both.',
		);
	}
	return body;
};

/** SKU, MPN, Description, GTIN, Categories and Brand. */
const identity: Part = (context, values) => {
	const body = optionalTexts(context, values, [
		['sku', 'SKU'],
		['mpn', 'MPN'],
		['description', 'Description'],
	]);
	const gtin = optionalGtin(context, 'GTIN', values.gtin);
	if (gtin) body.gtin = gtin;

	const categories = idList(context, 'Categories', values.categories, '1032561074');
	if (categories.length) body.categories = categories;
	if (!isUnset(values.brand_id)) body.brand_id = requireId(context, 'Brand', values.brand_id, '1097509908');
	return body;
};

/** Sale Price, the sale's dates (running forward) and Cost Price. */
const pricing: Part = (context, values) => {
	const body: IDataObject = {};
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
	return body;
};

/** Weight, its unit, and Requires Shipping. */
const shipping: Part = (context, values) => {
	const body: IDataObject = {};
	const weight = optionalNumber(context, 'Weight', values.weight, { min: 0 });
	if (weight !== undefined) body.weight = weight;
	if (!isUnset(values.weight_type)) body.weight_type = oneOf(context, 'Weight Unit', values.weight_type, WEIGHT_UNITS);
	const shipping = optionalBoolean(context, 'Requires Shipping', values.require_shipping);
	if (shipping !== undefined) body.require_shipping = shipping;
	return body;
};

/** Taxable, and the ZATCA reason Salla takes only for a product without VAT. */
const tax: Part = (context, values) => {
	const body: IDataObject = {};
	const taxable = optionalBoolean(context, 'Taxable', values.with_tax);
	if (taxable !== undefined) body.with_tax = taxable;
	const taxReason = isUnset(values.tax_reason_code)
		? undefined
		: oneOf(context, 'Tax Reason Code', values.tax_reason_code, TAX_REASON_CODES);
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
};

/**
 * Salla's body from the shared product fields the user set (`values` is the collection), every rule
 * checked first, in the order of the parts.
 */
export function productBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	return Object.assign({}, ...[stock, identity, pricing, shipping, tax].map((part) => part(context, values))) as IDataObject;
}

/** Create's Image URLs as Salla's `images` (`[{original}]`, in order), or undefined when none. */
export function imagesBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	const urls = toList(raw).flatMap((entry) => toList(entry));
	if (!urls.length) return undefined;
	return urls.map((url, index) => ({ original: checkUrl(context, `Image URLs (${index + 1})`, url) }));
}
