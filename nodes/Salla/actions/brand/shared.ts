import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { optionalText, optionalUrl } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { optionsFrom, searchList } from '../../common/search';
import { seoBody, seoFields } from '../../common/seo';

/**
 * What several Brand operations share: the brand picker and the fields Create and Update send in the
 * same shape. Images (logo, banner) are sent as web addresses in Salla's JSON body.
 */

/** The store's brands, for dropdowns of brand IDs. */
export const brandOptions = optionsFrom('getBrands', { path: '/brands', value: (brand) => brand.id as number });

export const brand = recordLocator({
	name: 'brand',
	displayName: 'Brand',
	noun: 'brand',
	example: '1473353380',
	search: searchList('searchBrands', { path: '/brands', keyword: true }),
});

export const bannerField: INodeProperties = {
	displayName: 'Banner URL',
	name: 'banner',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://cdn.example.com/brands/zara-banner.jpg',
	description: 'Web address of the brand\'s banner image',
};

/** The options shared by Create's Additional Fields and Update's Update Fields. */
export const brandFields: INodeProperties[] = [
	bannerField,
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A short text about the brand',
	},
	...seoFields('brand', 'zara'),
];

/** Salla's body from a collection of brand fields (plus Name and Logo URL on Update): only what is set. */
export function brandBody(context: IExecuteSingleFunctions, collection: string): IDataObject {
	const fields = context.getNodeParameter(collection, {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalText(context, 'Name', fields.name);
	if (name) body.name = name;
	const logo = optionalUrl(context, 'Logo URL', fields.logo);
	if (logo) body.logo = logo;
	const banner = optionalUrl(context, 'Banner URL', fields.banner);
	if (banner) body.banner = banner;
	const description = optionalText(context, 'Description', fields.description);
	if (description) body.description = description;
	return { ...body, ...seoBody(context, fields) };
}
