import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { optionalTexts } from '../../shared/validate';

/** How search engines show a store page (a brand's, a category's): Salla's `metadata_*`. */

const SEO = [
	['metadata_title', 'SEO Title'],
	['metadata_description', 'SEO Description'],
	['metadata_url', 'SEO URL'],
] as const;

/** SEO Description, SEO Title and SEO URL, in the panel's alphabetical order. */
export function seoFields(page: string, urlExample: string): INodeProperties[] {
	return [
		{
			displayName: 'SEO Description',
			name: 'metadata_description',
			type: 'string',
			default: '',
			description: `The description search engines show for the ${page} page`,
		},
		{
			displayName: 'SEO Title',
			name: 'metadata_title',
			type: 'string',
			default: '',
			description: `The title search engines show for the ${page} page`,
		},
		{
			displayName: 'SEO URL',
			name: 'metadata_url',
			type: 'string',
			default: '',
			placeholder: `e.g. ${urlExample}`,
			description: `The friendly address of the ${page} page`,
		},
	];
}

/** The SEO fields the user set, trimmed; empty ones are not sent. */
export function seoBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	return optionalTexts(context, values, SEO);
}
