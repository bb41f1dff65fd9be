import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { hasPageAfter, MAX_PAGE_SIZE, sallaApiRequest, sallaListAll } from './transport';

/** Dropdowns filled from the merchant's store. They go through the same transport as operations. */
export const loadOptions = {
	/** Available Payment Methods (`GET /payment/methods`): the values are the slugs Salla expects. */
	async getPaymentMethods(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const methods = await sallaListAll.call(this, '/payment/methods');
		return methods
			.filter((method) => typeof method.slug === 'string' && method.slug !== '')
			.map((method) => ({
				name: typeof method.name === 'string' && method.name ? method.name : String(method.slug),
				value: String(method.slug),
				description: `Slug: ${String(method.slug)}`,
			}));
	},
};

/** Resource-locator lists, loaded one Salla page at a time as the user scrolls. */
export const listSearch = {
	/**
	 * Customer groups (`GET /customers/groups`). Salla's list takes no search term, so the filter
	 * is applied to each page here, on the name or the exact ID.
	 */
	async searchCustomerGroups(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = Number(paginationToken) || 1;
		const response = await sallaApiRequest.call(this, 'GET', '/customers/groups', {
			page,
			per_page: MAX_PAGE_SIZE,
		});
		const wanted = filter?.trim().toLowerCase();
		const groups = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
		return {
			results: groups
				.filter(
					(group) =>
						!wanted ||
						String(group.name ?? '').toLowerCase().includes(wanted) ||
						String(group.id) === wanted,
				)
				.map((group) => ({ name: String(group.name ?? group.id), value: String(group.id) })),
			paginationToken: hasPageAfter(response.pagination, page) ? String(page + 1) : undefined,
		};
	},
};
