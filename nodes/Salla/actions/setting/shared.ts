import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { codeLocator } from '../../common/fields';
import { listOptions, listSearchPicker } from '../../common/search';

/**
 * The store's settings are listed per entity (`GET /settings?entity=orders`) and named by slug
 * (`orders.reorder`). The entities are those of the page's enum, and `marketing`, which its
 * examples answer.
 */
export const entities = [
	{ name: 'Blogs', value: 'blogs' },
	{ name: 'Customers', value: 'customers' },
	{ name: 'Feedbacks', value: 'feedbacks', description: 'Reviews and testimonials' },
	{ name: 'Mahally', value: 'mahally', description: 'Salla\'s local marketplace' },
	{ name: 'Marketing', value: 'marketing', description: 'Offers and coupons' },
	{ name: 'Orders', value: 'orders' },
	{ name: 'Products', value: 'products' },
	{ name: 'Reports', value: 'reports' },
	{ name: 'Shipping', value: 'shipping' },
	{ name: 'Store', value: 'store' },
];

const settingsOf = (entity: string) =>
	listOptions({
		path: '/settings',
		qs: { entity },
		value: (setting: IDataObject) => (typeof setting.slug === 'string' && setting.slug ? setting.slug : undefined),
		name: (setting: IDataObject) => `${String(setting.slug)}${typeof setting.type === 'string' ? ` (${setting.type})` : ''}`,
	});

/**
 * "From list" of settings: one entity a page, as the user scrolls; with a search, entities are read
 * until one has a match. An entity Salla does not accept (422) is skipped.
 */
export const settingSearch = listSearchPicker('searchSettings', async function (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const wanted = filter?.trim().toLowerCase();
	let next = Number(paginationToken) || 0;
	const results: INodeListSearchResult['results'] = [];
	while (next < entities.length && !results.length) {
		const entity = entities[next++].value;
		let options;
		try {
			options = await settingsOf(entity).call(this);
		} catch (error) {
			if (error instanceof NodeApiError && error.httpCode === '422') continue;
			// The door already turned Salla's answer into a NodeApiError; anything else is wrapped.
			throw error instanceof NodeApiError
				? error
				: new NodeOperationError(this.getNode(), error instanceof Error ? error : String(error));
		}
		results.push(
			...options
				.filter((option) => !wanted || option.name.toLowerCase().includes(wanted))
				.map((option) => ({ name: option.name, value: String(option.value) })),
		);
	}
	return { results, paginationToken: next < entities.length ? String(next) : undefined };
});

export const setting = codeLocator({
	name: 'setting',
	displayName: 'Setting',
	noun: 'setting',
	search: settingSearch,
	mode: { name: 'slug', displayName: 'By Slug', what: 'slug' },
	example: 'orders.reorder',
	regex: '^\\s*[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\s*$',
});
