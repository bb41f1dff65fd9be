import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { sallaApiRequest } from '../../shared/http/door';
import { hasPageAfter, MAX_PAGE_SIZE, sallaListAll } from '../../shared/http/pages';

/**
 * Generic pickers over Salla's list endpoints, so that a new picker is one line in methods.ts.
 * Both go through the shared door (pacing, retries, Salla's errors).
 */

export interface ListSearchSpec {
	/** The documented list endpoint, e.g. `/customers/groups`. */
	path: string;
	/** What the list shows for a record; defaults to its `name`. */
	name?: (record: IDataObject) => string;
	/** Where the record opens (its dashboard page), when Salla sends one. */
	url?: (record: IDataObject) => string | undefined;
	/**
	 * Whether the endpoint filters by a `keyword` query parameter. Without it the filter is applied to
	 * each page here, on the shown name or the exact ID.
	 */
	keyword?: boolean;
	/** Extra query parameters for the list (for example `format: 'light'`). */
	qs?: IDataObject;
}

const defaultName = (record: IDataObject) => String(record.name ?? record.id);

/** A `listSearch` method: one Salla page per call, loaded as the user scrolls. */
export function searchList(spec: ListSearchSpec) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = Number(paginationToken) || 1;
		const wanted = filter?.trim().toLowerCase();
		const qs: IDataObject = { ...spec.qs, page, per_page: MAX_PAGE_SIZE };
		if (spec.keyword && wanted) qs.keyword = filter?.trim();
		const response = await sallaApiRequest.call(this, 'GET', spec.path, qs);
		const records = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
		const name = spec.name ?? defaultName;
		return {
			results: records
				.filter(
					(record) =>
						spec.keyword ||
						!wanted ||
						name(record).toLowerCase().includes(wanted) ||
						String(record.id) === wanted,
				)
				.map((record) => ({ name: name(record), value: String(record.id), url: spec.url?.(record) })),
			paginationToken: hasPageAfter(response.pagination, page) ? String(page + 1) : undefined,
		};
	};
}

export interface OptionsSpec {
	path: string;
	value: (record: IDataObject) => string | number | undefined;
	name?: (record: IDataObject) => string;
	description?: (record: IDataObject) => string | undefined;
	qs?: IDataObject;
}

/** A `loadOptions` method: every record of a list endpoint as dropdown options (60 a page). */
export function optionsFrom(spec: OptionsSpec) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await sallaListAll.call(this, spec.path, spec.qs ?? {});
		return records.flatMap((record) => {
			const value = spec.value(record);
			if (value === undefined || value === '') return [];
			const name = spec.name ? spec.name(record) : defaultName(record);
			const description = spec.description?.(record);
			return [{ name: name || String(value), value, ...(description ? { description } : {}) }];
		});
	};
}
