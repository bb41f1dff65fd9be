import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isUnset, oneOf, optionalDate, optionalUrl, requireId, requireText, toList } from '../../../shared/validate';
import { readRecordId, recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { categorySearch } from '../category/shared';
import { productSearch } from '../product/shared';
import { riyadhToday } from '../coupon/shared';
import type { SallaBody } from '../../common/operation';

/**
 * What the Advertisement operations share: the ad picker, and the whole body Create and Update send
 * (Salla's Update page requires every field, as Create does): title, description, what the ad links
 * to (`type{name, id, link}`), expire_date and the pages it shows on.
 */

export const advertisement = recordLocator({
	name: 'advertisements_id',
	displayName: 'Advertisement',
	noun: 'advertisement',
	shortNoun: 'ad',
	example: '2142305900',
	search: searchList('searchAdvertisements', { path: '/advertisements', name: (ad) => String(ad.title || ad.id) }),
});

const LINK_TYPES = [
	{ name: 'Category', value: 'category', description: 'Opens a category' },
	{ name: 'External Link', value: 'external_link', description: 'Opens a web address' },
	{ name: 'No Link', value: 'without_url', description: 'Shows the text only' },
	{ name: 'Offers', value: 'offers', description: 'Opens the store\'s offers' },
	{ name: 'Page', value: 'page', description: 'Opens one of the store\'s pages' },
	{ name: 'Product', value: 'product', description: 'Opens a product' },
] as const;

const PAGES = [
	{ name: 'All Pages', value: 'all' },
	{ name: 'Cart', value: 'cart' },
	{ name: 'Category Pages', value: 'category' },
	{ name: 'Home', value: 'home' },
	{ name: 'Payment', value: 'payment' },
	{ name: 'Product Pages', value: 'product' },
] as const;

const linkProduct = recordLocator({
	name: 'link_product',
	displayName: 'Product',
	noun: 'product',
	example: '1261174103',
	search: productSearch,
	description: 'The product the ad opens',
	required: false,
});

const linkCategory = recordLocator({
	name: 'link_category',
	displayName: 'Category',
	noun: 'category',
	example: '1032561074',
	search: categorySearch,
	description: 'The category the ad opens',
	required: false,
});

/** The fields of an ad, in panel order (after the ad picker on Update). */
export const advertisementFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Free delivery this weekend',
	},
	{
		displayName: 'Text',
		name: 'ad_description',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		description: 'The ad\'s text under its title',
	},
	{
		displayName: 'Links To',
		name: 'link_type',
		type: 'options',
		options: [...LINK_TYPES],
		default: 'without_url',
		description: 'What opens when a customer taps the ad',
	},
	{ ...linkProduct, displayOptions: { show: { link_type: ['product'] } } },
	{ ...linkCategory, displayOptions: { show: { link_type: ['category'] } } },
	{
		displayName: 'Page ID',
		name: 'link_page',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1234567',
		description: 'The ID of the store page the ad opens, as the Salla dashboard shows it',
		displayOptions: { show: { link_type: ['page'] } },
	},
	{
		displayName: 'Link URL',
		name: 'link_url',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/sale',
		description: 'The web address the ad opens',
		displayOptions: { show: { link_type: ['external_link'] } },
	},
	{
		displayName: 'Expiry Date',
		name: 'expire_date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The last day the ad shows. Only the day is sent; the time is ignored.',
	},
	{
		displayName: 'Show On',
		name: 'pages',
		type: 'multiOptions',
		options: [...PAGES],
		default: ['all'],
		description: 'The store pages the ad shows on',
	},
];

/** Salla's ad body from the panel, every rule checked before sending. */
export function buildAdvertisement(this: IExecuteSingleFunctions): SallaBody {
	const title = requireText(this, 'Title', this.getNodeParameter('title', ''), 'Give the ad a title, for example "Free delivery this weekend".');
	const description = requireText(this, 'Text', this.getNodeParameter('ad_description', ''), 'Give the ad\'s text; Salla requires it.');
	const name = oneOf(this, 'Links To', this.getNodeParameter('link_type', ''), LINK_TYPES);
	const type: IDataObject = { name };
	if (name === 'product' || name === 'category') {
		const field = name === 'product' ? linkProduct : linkCategory;
		const raw = this.getNodeParameter(field.name, '', { extractValue: true }) as unknown;
		if (isUnset(raw)) {
			throw inputError(this, `${field.displayName} is empty`, `An ad that opens a ${name} needs it: choose it from the list, or give its ID.`);
		}
		type.id = readRecordId(this, field);
	} else if (name === 'page') {
		type.id = requireId(this, 'Page ID', this.getNodeParameter('link_page', ''), '1234567');
	} else if (name === 'external_link') {
		const link = optionalUrl(this, 'Link URL', this.getNodeParameter('link_url', ''));
		if (!link) throw inputError(this, 'Link URL is empty', 'Give the web address the ad opens, starting with https://.');
		type.link = link;
	}
	const expiry = optionalDate(this, 'Expiry Date', this.getNodeParameter('expire_date', '') as unknown);
	if (!expiry) throw inputError(this, 'Expiry Date is empty', 'Pick the last day the ad shows.');
	if (expiry < riyadhToday()) throw inputError(this, `Expiry Date (${expiry}) is in the past`, 'Pick today or a later day.');
	const pages = toList(this.getNodeParameter('pages', [])).map((page) => oneOf(this, 'Show On', page, PAGES));
	if (!pages.length) throw inputError(this, 'Show On is empty', 'Choose the pages the ad shows on, or All Pages.');
	return { title, description, type, expire_date: expiry, pages };
}
