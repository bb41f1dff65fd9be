import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import {
	idList,
	inputError,
	oneOf,
	optionalDate,
	optionalMoney,
	optionalNumber,
	optionalText,
	requireText,
} from '../../../shared/validate';
import { discountAmount, riyadhToday } from '../coupon/shared';
import { ACTIVE_STATUSES } from '../../common/vocabulary';
import { APPLIED_TO, CHANNELS, DISCOUNT_TYPES, ITEM_TYPES, OFFER_TYPES } from './shared';
import type { SallaBody } from '../../common/operation';

/** Salla's special-offer body from the panel's fields, every rule checked before sending. */

const positiveInteger = (context: IExecuteSingleFunctions, label: string, raw: unknown) =>
	optionalNumber(context, label, raw, { min: 1, integer: true });

/** `buy.products` / `buy.categories` (or `get.…`) as Salla's example sends them: plain integer IDs. */
function itemIds(context: IExecuteSingleFunctions, block: IDataObject, label: string, target: IDataObject) {
	const productIds = idList(context, `${label}: Product Names or IDs`, block.products, '401511871');
	const categoryIds = idList(context, `${label}: Category Names or IDs`, block.categories, '283675303');
	if (productIds.length) target.products = productIds;
	if (categoryIds.length) target.categories = categoryIds;
}

const LIST_NAMES = {
	products: ['Product Names or IDs', 'product'],
	categories: ['Category Names or IDs', 'category'],
	payment_methods: ['Payment Method Names or IDs', 'payment method'],
} as const;

function requireList(
	context: IExecuteSingleFunctions,
	target: IDataObject,
	key: keyof typeof LIST_NAMES,
	label: string,
	why: string,
) {
	if (!(target[key] as unknown[] | undefined)?.length) {
		const [field, noun] = LIST_NAMES[key];
		throw inputError(context, `${label}: ${field} is empty`, `${why}: choose at least one ${noun}.`);
	}
}

/** Start Date and Expiry Date: the offer ends today or later, and after it starts. */
function offerDates(context: IExecuteSingleFunctions, extra: IDataObject): IDataObject {
	const dates: IDataObject = {};
	const start = optionalDate(context, 'Start Date', extra.start_date);
	const expiry = optionalDate(context, 'Expiry Date', context.getNodeParameter('expiry_date', '') as unknown);
	if (!expiry) throw inputError(context, 'Expiry Date is empty', 'Pick the last day of the offer.');
	if (expiry < riyadhToday()) {
		throw inputError(context, `Expiry Date (${expiry}) is in the past`, 'Salla needs the expiry date to be today or later.');
	}
	if (start && expiry <= start) {
		throw inputError(context, `Expiry Date (${expiry}) is not after Start Date (${start})`, 'Pick an expiry date later than the start date.');
	}
	if (start) dates.start_date = start;
	dates.expiry_date = expiry;
	return dates;
}

/** Additional Fields other than the Start Date. */
function offerOptions(context: IExecuteSingleFunctions, extra: IDataObject): IDataObject {
	const options: IDataObject = {};
	const message = optionalText(context, 'Message', extra.message);
	if (message) options.message = message;
	if (extra.status !== undefined && extra.status !== '') options.status = oneOf(context, 'Status', extra.status, ACTIVE_STATUSES);
	if (extra.applied_with_coupon !== undefined) options.applied_with_coupon = extra.applied_with_coupon === true || extra.applied_with_coupon === 'true';
	const minPurchase = optionalMoney(context, 'Minimum Purchase Amount', extra.min_purchase_amount);
	if (minPurchase !== undefined) options.min_purchase_amount = minPurchase;
	const minItems = positiveInteger(context, 'Minimum Items', extra.min_items_count);
	if (minItems !== undefined) options.min_items_count = minItems;
	return options;
}

/** Customer Buys as the user set it (each offer type checks what it needs of it). */
function customerBuys(context: IExecuteSingleFunctions, buyIn: IDataObject): IDataObject {
	const buy: IDataObject = {};
	if (buyIn.type !== undefined) buy.type = oneOf(context, 'Customer Buys: Type', buyIn.type, ITEM_TYPES);
	const buyQuantity = positiveInteger(context, 'Customer Buys: Quantity', buyIn.quantity);
	if (buyQuantity !== undefined) buy.quantity = buyQuantity;
	const minAmount = optionalMoney(context, 'Customer Buys: Minimum Amount', buyIn.min_amount);
	if (minAmount !== undefined) buy.min_amount = minAmount;
	itemIds(context, buyIn, 'Customer Buys', buy);
	// Salla's Update example: `buy.payment_methods` as the IDs of Available Payment Methods.
	const paymentMethods = idList(context, 'Customer Buys: Payment Method Names or IDs', buyIn.payment_methods, '1473353380');
	if (paymentMethods.length) buy.payment_methods = paymentMethods;
	return buy;
}

/** Buy X Get Y: what the customer buys must be complete; returns what the customer gets. */
function buyXGetY(context: IExecuteSingleFunctions, buy: IDataObject, getIn: IDataObject): IDataObject {
	const get: IDataObject = {};
	if (buy.type === undefined) throw inputError(context, 'Customer Buys: Type is empty', 'Buy X Get Y needs what the customer buys: Products or Categories.');
	if (buy.quantity === undefined) throw inputError(context, 'Customer Buys: Quantity is empty', 'Buy X Get Y needs how many the customer buys, such as 2.');
	requireList(context, buy, buy.type === 'product' ? 'products' : 'categories', 'Customer Buys', 'Buy X Get Y needs what the customer buys');

	if (getIn.type !== undefined) get.type = oneOf(context, 'Customer Gets: Type', getIn.type, ITEM_TYPES);
	if (getIn.discount_type === undefined) throw inputError(context, 'Customer Gets: Discount Type is empty', 'Buy X Get Y needs the reward: Free or Percentage Off.');
	get.discount_type = oneOf(context, 'Customer Gets: Discount Type', getIn.discount_type, DISCOUNT_TYPES);
	const getQuantity = positiveInteger(context, 'Customer Gets: Quantity', getIn.quantity);
	if (getQuantity === undefined) throw inputError(context, 'Customer Gets: Quantity is empty', 'Buy X Get Y needs how many the customer gets, such as 1.');
	get.quantity = getQuantity;
	const amount = discountAmount(context, 'Customer Gets: Discount', getIn.discount_amount, true);
	if (get.discount_type === 'percentage') {
		if (amount === undefined) throw inputError(context, 'Customer Gets: Discount is empty', 'Give the percentage off the reward, such as 50.');
		get.discount_amount = amount;
	}
	itemIds(context, getIn, 'Customer Gets', get);
	if (get.type !== undefined) {
		requireList(context, get, get.type === 'product' ? 'products' : 'categories', 'Customer Gets', 'Buy X Get Y needs what the customer gets');
	}
	return get;
}

/** What an offer on products, categories or payment methods applies to, in `buy`. */
const APPLIED_LIST = { product: 'products', category: 'categories', paymentMethod: 'payment_methods' } as const;

/** Percentage or Fixed Amount: the discount the customer gets, and what it applies to named. */
function flatDiscount(context: IExecuteSingleFunctions, type: string, getIn: IDataObject, appliedTo: unknown, buy: IDataObject): IDataObject {
	const amount = discountAmount(context, 'Customer Gets: Discount', getIn.discount_amount, type === 'percentage');
	if (amount === undefined) {
		throw inputError(
			context,
			'Customer Gets: Discount is empty',
			type === 'percentage' ? 'Give the percentage off, such as 10.' : 'Give the amount off in the store currency, such as 25.',
		);
	}
	const applied = APPLIED_LIST[appliedTo as keyof typeof APPLIED_LIST] as keyof typeof LIST_NAMES | undefined;
	if (applied) {
		const what = { products: 'products', categories: 'categories', payment_methods: 'payment methods' }[applied];
		requireList(context, buy, applied, 'Customer Buys', `An offer on ${what} needs to know which ones`);
	}
	return { discount_amount: amount };
}

/** Discounts Table: the tiers, each with its own quantity; products or categories when it applies to them. */
function discountsTable(context: IExecuteSingleFunctions, appliedTo: unknown, buy: IDataObject): IDataObject[] {
	if (appliedTo === 'paymentMethod') {
		throw inputError(context, 'Applies To: a Discounts Table offer cannot apply to a payment method', 'Choose Order, Product or Category.');
	}
	if (appliedTo === 'product') requireList(context, buy, 'products', 'Customer Buys', 'A Discounts Table offer on products needs them');
	if (appliedTo === 'category') requireList(context, buy, 'categories', 'Customer Buys', 'A Discounts Table offer on categories needs them');
	const rows = (context.getNodeParameter('discounts_table.tier', []) as IDataObject[]) ?? [];
	if (!rows.length) throw inputError(context, 'Discounts Table is empty', 'Add at least one tier: a quantity and its discount.');
	const seen = new Set<number>();
	return rows.map((row, index) => {
		const label = `Discounts Table, tier ${index + 1}`;
		const quantity = positiveInteger(context, `${label}: Quantity`, row.quantity);
		const amount = discountAmount(context, `${label}: Discount`, row.discount_amount, false);
		if (quantity === undefined || amount === undefined) {
			throw inputError(context, `${label}: Quantity and Discount are both required`, 'Set how many the customer buys and the discount at that quantity.');
		}
		if (seen.has(quantity)) throw inputError(context, `${label}: Quantity ${quantity} is already used by another tier`, 'Give each tier its own quantity.');
		seen.add(quantity);
		return { quantity, discount_amount: amount };
	});
}

/** Salla's offer body from the panel, every rule checked first. */
export function offerBody(context: IExecuteSingleFunctions): IDataObject {
	const body: IDataObject = {
		name: requireText(context, 'Name', context.getNodeParameter('name', ''), 'Give the offer a name, for example "Buy 2 get 1 free".'),
		applied_channel: oneOf(context, 'Channel', context.getNodeParameter('applied_channel', ''), CHANNELS),
		offer_type: oneOf(context, 'Offer Type', context.getNodeParameter('offer_type', ''), OFFER_TYPES),
		applied_to: oneOf(context, 'Applies To', context.getNodeParameter('applied_to', ''), APPLIED_TO),
	};
	const type = body.offer_type as string;
	const extra = (context.getNodeParameter('additionalFields', {}) as IDataObject) ?? {};
	Object.assign(body, offerDates(context, extra), offerOptions(context, extra));

	const buyIn = (context.getNodeParameter('buy', {}) as IDataObject) ?? {};
	const getIn = (context.getNodeParameter('get', {}) as IDataObject) ?? {};
	const buy = customerBuys(context, buyIn);
	let get: IDataObject = {};
	if (type === 'buy_x_get_y') get = buyXGetY(context, buy, getIn);
	else if (type === 'percentage' || type === 'fixed_amount') get = flatDiscount(context, type, getIn, body.applied_to, buy);
	else body.discounts_table = discountsTable(context, body.applied_to, buy);

	if (Object.keys(buy).length) body.buy = buy;
	if (Object.keys(get).length) body.get = get;
	return body;
}

export function buildOffer(this: IExecuteSingleFunctions): SallaBody {
	return offerBody(this);
}
