import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
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
import { TAX_REASON_CODES, WEIGHT_UNITS } from './shared';

/** Salla's product body from the panel's fields, every rule checked before sending. */

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
