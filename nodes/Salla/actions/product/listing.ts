import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, isUnset, optionalBoolean, optionalMoney, optionalNumber, optionalTexts, requireId, toList } from '../../../shared/validate';
import { loadWith } from '../../common/search';
import { seoBody, seoFields } from '../../common/seo';
import { productTagOptions } from '../productTag/shared';
import { PRODUCT_STATUSES, productOptions } from './shared';

/**
 * How a product is shown and sold, as the dashboard sets it: SEO, sales channels, subtitle and
 * promotion, per-order limits, tags, and the fields of food and donation products. Create and Update
 * take them in the same shape (Salla's `product_request_body`).
 */

export const SALES_CHANNELS = [
	{ name: 'Website', value: 'web' },
	{ name: 'App', value: 'app' },
] as const;

export const listingFields: INodeProperties[] = [
	{
		displayName: 'Booking Details (JSON)',
		name: 'booking_details',
		type: 'json',
		default: '{}',
		description:
			'A Booking product\'s sessions and availability, as Salla\'s booking_details object: location, type (date_time or date), session_duration, session_gap, availabilities…',
	},
	{
		displayName: 'Calories',
		name: 'calories',
		type: 'string',
		default: '',
		placeholder: 'e.g. 250',
		description: 'Calories of a Food product, as shown to customers',
	},
	{
		displayName: 'Hide Quantity',
		name: 'hide_quantity',
		type: 'boolean',
		default: true,
		description: 'Whether the store hides how many units are left',
	},
	{
		displayName: 'Maximum Donation',
		name: 'max_amount_donating',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The largest amount a customer can give to a Donation product, in the store currency',
	},
	{
		displayName: 'Maximum Quantity Per Order',
		name: 'maximum_quantity_per_order',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The most units of the product one order can hold',
	},
	{
		displayName: 'Minimum Donation',
		name: 'min_amount_donating',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The smallest amount a customer can give to a Donation product, in the store currency',
	},
	{
		displayName: 'Promotion Subtitle',
		name: 'promotion_subtitle',
		type: 'string',
		default: '',
		placeholder: 'e.g. Free shipping this week',
		description: 'The second line of the promotion banner on the product',
	},
	{
		displayName: 'Promotion Title',
		name: 'promotion_title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Best seller',
		description: 'The promotion banner shown on the product',
	},
	{
		displayName: 'Sales Channels',
		name: 'channels',
		type: 'multiOptions',
		options: [...SALES_CHANNELS],
		default: [],
		description: 'Where the product is sold: the store\'s website, its app, or both',
	},
	...seoFields('product', 'blue-t-shirt'),
	{
		displayName: 'Subtitle',
		name: 'subtitle',
		type: 'string',
		default: '',
		description: 'A short line shown under the product\'s name',
	},
	{
		displayName: 'Tag Names or IDs',
		name: 'tags',
		type: 'multiOptions',
		typeOptions: loadWith(productTagOptions),
		default: [],
		description:
			'The product\'s tags (Product Tag → Create adds new ones). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** Salla's body from the listing fields the user set, every rule checked first. */
export function listingBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {
		...optionalTexts(context, values, [
			['calories', 'Calories'],
			['subtitle', 'Subtitle'],
			['promotion_title', 'Promotion Title'],
			['promotion_subtitle', 'Promotion Subtitle'],
		]),
		...seoBody(context, values),
	};
	const hideQuantity = optionalBoolean(context, 'Hide Quantity', values.hide_quantity);
	if (hideQuantity !== undefined) body.hide_quantity = hideQuantity;
	const maximum = optionalNumber(context, 'Maximum Quantity Per Order', values.maximum_quantity_per_order, { min: 1, integer: true });
	if (maximum !== undefined) body.maximum_quantity_per_order = maximum;

	const minDonation = optionalMoney(context, 'Minimum Donation', values.min_amount_donating);
	const maxDonation = optionalMoney(context, 'Maximum Donation', values.max_amount_donating);
	if (minDonation !== undefined && maxDonation !== undefined && minDonation > maxDonation) {
		throw inputError(
			context,
			`Minimum Donation (${minDonation}) is above Maximum Donation (${maxDonation})`,
			'Swap the two amounts, or raise Maximum Donation.',
		);
	}
	if (minDonation !== undefined) body.min_amount_donating = minDonation;
	if (maxDonation !== undefined) body.max_amount_donating = maxDonation;

	const channels = toList(values.channels).flatMap((entry) => toList(entry));
	if (channels.length) {
		const known = SALES_CHANNELS.map(({ value }) => value as string);
		const unknown = channels.find((channel) => !known.includes(String(channel).trim()));
		if (unknown !== undefined) {
			throw inputError(context, `Sales Channels: "${String(unknown)}" is not a sales channel`, 'Give web, app, or both.');
		}
		body.channels = [...new Set(channels.map((channel) => String(channel).trim()))];
	}
	const booking = bookingBody(context, values.booking_details);
	if (booking) body.booking_details = booking;
	const tags = idList(context, 'Tags', values.tags, '2129257534');
	if (tags.length) body.tags = tags;
	return body;
}

/** Booking Details: a JSON object (text or an expression's object), sent as it is; `{}` is not sent. */
function bookingBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject | undefined {
	if (isUnset(raw)) return undefined;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch {
			value = undefined;
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw inputError(
			context,
			'Booking Details (JSON) is not a JSON object',
			'Give an object such as {"type": "date_time", "session_duration": 30, "availabilities": […]}, as Salla documents booking_details.',
		);
	}
	return Object.keys(value).length ? (value as IDataObject) : undefined;
}

/** Create's Status (Update has its own): a new product is otherwise Hidden or Out of Stock at first. */
export const createStatusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: PRODUCT_STATUSES,
	default: 'sale',
	description: 'For Sale shows it to customers; Salla still keeps a product without images Hidden',
};

/** Create's Products in Group (group products): Salla's `consisted_products[{id, quantity}]`. */
export const groupProductsField: INodeProperties = {
	displayName: 'Products in Group',
	name: 'consisted_products',
	type: 'fixedCollection',
	placeholder: 'Add Product',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The products a Group of Products is made of, with how many of each',
	options: [
		{
			displayName: 'Product',
			name: 'product',
			values: [
				{
					displayName: 'Product Name or ID',
					name: 'id',
					type: 'options',
					typeOptions: loadWith(productOptions),
					default: '',
					description:
						'The product in the group. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'How many of it the group holds',
				},
			],
		},
	],
};

/** The products of a group as Salla's `consisted_products`, or undefined when none. */
export function groupProductsBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	const rows = toList((raw as IDataObject | undefined)?.product);
	if (!rows.length) return undefined;
	return rows.map((row, index) => {
		const entry = (row ?? {}) as IDataObject;
		return {
			id: requireId(context, `Products in Group (${index + 1}): Product`, entry.id, '207865447'),
			quantity: optionalNumber(context, `Products in Group (${index + 1}): Quantity`, entry.quantity, { min: 1, integer: true }) ?? 1,
		};
	});
}
