import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { fetchRecords, listSearchPicker, searchWith } from '../../common/search';

/**
 * What the Setting operations share: the entities Salla groups settings by, and the setting picker
 * (a slug such as `orders.reorder`, which Salla's `{slug}` takes).
 */

export const ENTITIES = [
	{ name: 'Blogs', value: 'blogs' },
	{ name: 'Customers', value: 'customers' },
	{ name: 'Feedbacks', value: 'feedbacks' },
	{ name: 'Mahally', value: 'mahally' },
	{ name: 'Orders', value: 'orders' },
	{ name: 'Products', value: 'products' },
	{ name: 'Reports', value: 'reports' },
	{ name: 'Shipping', value: 'shipping' },
	{ name: 'Store', value: 'store' },
] as const;

/**
 * The settings of the entity the search starts with ("orders.re" → orders), or of every entity.
 * Salla lists settings only per entity (`GET /settings?entity=`), so a search without one asks nine times.
 */
const settingSearch = listSearchPicker('searchSettings', async function (filter?: string) {
	const wanted = filter?.trim().toLowerCase() ?? '';
	const prefix = wanted.split('.')[0];
	const entities = ENTITIES.some((entity) => entity.value === prefix) ? [prefix] : ENTITIES.map((entity) => entity.value);
	const results: Array<{ name: string; value: string }> = [];
	for (const entity of entities) {
		for (const setting of await fetchRecords(this, '/settings', { entity })) {
			if (typeof setting.slug !== 'string' || !setting.slug.toLowerCase().includes(wanted)) continue;
			results.push({ name: `${setting.slug}${typeof setting.type === 'string' ? ` (${setting.type})` : ''}`, value: setting.slug });
		}
	}
	return { results };
});

const SLUG = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i;

export const slug: INodeProperties = {
	displayName: 'Setting',
	name: 'slug',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The setting, by its slug such as orders.reorder',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a setting...',
			typeOptions: searchWith(settingSearch),
		},
		{
			displayName: 'By Slug',
			name: 'slug',
			type: 'string',
			placeholder: 'e.g. orders.reorder',
			validation: [
				{ type: 'regex', properties: { regex: '^\\s*[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\s*$', errorMessage: 'A setting slug is its entity and name, such as orders.reorder' } },
			],
		},
	],
};

/** The slug from the picker, checked, put in the request's path. */
export function readSlug(context: IExecuteSingleFunctions): string {
	const raw = context.getNodeParameter('slug', '', { extractValue: true }) as unknown;
	const text = typeof raw === 'string' ? raw.trim() : '';
	if (!SLUG.test(text)) {
		throw inputError(
			context,
			text ? `Setting: "${text}" is not a setting slug` : 'Setting is empty',
			'Choose the setting from the list, or give its slug: its entity and name, such as orders.reorder.',
		);
	}
	return text;
}

export async function sendSlug(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.url = requestOptions.url.replace('{slug}', encodeURIComponent(readSlug(this)));
	return requestOptions;
}
