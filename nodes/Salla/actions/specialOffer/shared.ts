import type { INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { nameField, recordLocator } from '../../common/fields';
import { loadWith, searchList } from '../../common/search';
import { paymentMethodIdOptions } from '../../common/storeLists';
import { categoriesField } from '../category/shared';
import { productsField } from '../product/shared';
import { ACTIVE_STATUSES } from '../../common/vocabulary';

/**
 * What Special Offer → Create and Update share. Salla's Create and Update pages take the same body
 * (name, applied_channel, offer_type, applied_to required; expiry_date too per the reference), with
 * `buy` / `get` blocks and a `discounts_table`. Where the page's schema and its example disagree the
 * example is followed, as the reference advises: `buy.products` / `get.products` as plain IDs (the
 * schema models whole product objects), table rows as `{quantity, discount_amount}` (the schema says
 * `discount`), `get.discount_type` "percentage" (the schema's enum has "percentage " with a space).
 */

const offerSearch = searchList('searchSpecialOffers', { path: '/specialoffers' });

export const offerLocator = (name: string) =>
	recordLocator({
		name,
		displayName: 'Special Offer',
		noun: 'special offer',
		shortNoun: 'offer',
		example: '1410023903',
		search: offerSearch,
	});

export const CHANNELS = [
	{ name: 'Website', value: 'browser' },
	{ name: 'Website and App', value: 'browser_and_application' },
] as const;

export const OFFER_TYPES = [
	{ name: 'Buy X Get Y', value: 'buy_x_get_y', description: 'Buy a quantity, get another quantity free or discounted' },
	{ name: 'Percentage', value: 'percentage', description: 'A percentage off' },
	{ name: 'Fixed Amount', value: 'fixed_amount', description: 'An amount off in the store currency' },
	{ name: 'Discounts Table', value: 'discounts_table', description: 'Tiered discounts by quantity bought' },
] as const;

export const APPLIED_TO = [
	{ name: 'Order', value: 'order' },
	{ name: 'Product', value: 'product' },
	{ name: 'Category', value: 'category' },
	{ name: 'Payment Method', value: 'paymentMethod' },
] as const;

export const ITEM_TYPES = [
	{ name: 'Products', value: 'product' },
	{ name: 'Categories', value: 'category' },
] as const;

export const DISCOUNT_TYPES = [
	{ name: 'Percentage Off', value: 'percentage' },
	{ name: 'Free', value: 'free-product' },
] as const;


/** Every field of an offer, in panel order (Create and Update). */
export const offerFields: INodeProperties[] = [
	nameField,
	{
		displayName: 'Channel',
		name: 'applied_channel',
		type: 'options',
		options: [...CHANNELS],
		default: 'browser_and_application',
		description: 'Where customers get the offer',
	},
	{
		displayName: 'Offer Type',
		name: 'offer_type',
		type: 'options',
		options: [...OFFER_TYPES],
		default: 'percentage',
	},
	{
		displayName: 'Applies To',
		name: 'applied_to',
		type: 'options',
		options: [...APPLIED_TO],
		default: 'product',
		description:
			'What the offer applies to. Name the products, categories or payment methods under Customer Buys. With Discounts Table, Payment Method is not allowed.',
	},
	{
		displayName: 'Expiry Date',
		name: 'expiry_date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The last day of the offer: today or later, and after the start date. Only the day is sent; the time is ignored.',
	},
	{
		displayName: 'Customer Buys',
		name: 'buy',
		type: 'collection',
		placeholder: 'Add Condition',
		default: {},
		description:
			'What the customer must buy: for Buy X Get Y the type, quantity and its products or categories; for an offer on products, categories or payment methods, which ones',
		options: [
			categoriesField('The categories the customer buys from (when Buy Type is Categories)'),
			{
				displayName: 'Minimum Amount',
				name: 'min_amount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'The smallest amount, in the store currency, the customer must spend on them',
			},
			{
				displayName: 'Payment Method Names or IDs',
				name: 'payment_methods',
				type: 'multiOptions',
				typeOptions: loadWith(paymentMethodIdOptions),
				default: [],
				description:
					'The payment methods the offer rewards (when Applies To is Payment Method). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			productsField('The products the customer buys (when Buy Type is Products)'),
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many the customer must buy (Buy X Get Y)',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [...ITEM_TYPES],
				default: 'product',
				description: 'Whether the customer buys given products or from given categories',
			},
		],
	},
	{
		displayName: 'Customer Gets',
		name: 'get',
		type: 'collection',
		placeholder: 'Add Reward',
		default: {},
		description: 'What the customer gets: the discount, and for Buy X Get Y the quantity and its products or categories',
		options: [
			categoriesField('The categories the reward comes from (when Get Type is Categories)'),
			{
				displayName: 'Discount',
				name: 'discount_amount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'The percentage (at most 100) or, for Fixed Amount, the amount in the store currency',
			},
			{
				displayName: 'Discount Type',
				name: 'discount_type',
				type: 'options',
				options: [...DISCOUNT_TYPES],
				default: 'free-product',
				description: 'Buy X Get Y: whether the reward is free or a percentage off',
			},
			productsField('The products the customer gets (when Get Type is Products)'),
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many the customer gets (Buy X Get Y)',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [...ITEM_TYPES],
				default: 'product',
				description: 'Whether the reward is given products or from given categories',
			},
		],
	},
	{
		displayName: 'Discounts Table',
		name: 'discounts_table',
		type: 'fixedCollection',
		placeholder: 'Add Tier',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'Tiers of Discounts Table offers: buy at least this many, get this discount',
		displayOptions: { show: { offer_type: ['discounts_table'] } },
		options: [
			{
				displayName: 'Tier',
				name: 'tier',
				values: [
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 2,
						description: 'How many the customer buys',
					},
					{
						displayName: 'Discount',
						name: 'discount_amount',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 5,
						description: 'The discount the customer gets at that quantity',
					},
				],
			},
		],
	},
	additionalFields([
		{
			displayName: 'Apply With Coupon',
			name: 'applied_with_coupon',
			type: 'boolean',
			default: false,
			description: 'Whether the offer applies only together with a valid coupon',
		},
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			default: '',
			placeholder: 'e.g. Buy one, get one free',
			description: 'The text customers see about the offer',
		},
		{
			displayName: 'Minimum Items',
			name: 'min_items_count',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'The fewest items an order must hold for the offer',
		},
		{
			displayName: 'Minimum Purchase Amount',
			name: 'min_purchase_amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The smallest order total, in the store currency, for the offer',
		},
		{
			displayName: 'Start Date',
			name: 'start_date',
			type: 'dateTime',
			default: '',
			description: 'The first day of the offer. Only the day is sent; the time is ignored.',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [...ACTIVE_STATUSES],
			default: 'active',
		},
	]),
];
