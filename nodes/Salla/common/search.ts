import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { sallaApiRequest } from '../../shared/http/door';
import { hasPageAfter, MAX_PAGE_SIZE, sallaListAll } from '../../shared/http/pages';

/**
 * Pickers: the panel's lists filled from the merchant's store. A picker is defined where the field
 * that uses it is (a record locator's `search`, a dropdown's `loadWith(...)`), and it carries its
 * function: the node collects `methods` from its fields (`pickerMethods`), so a field cannot name a
 * method that does not exist. Both kinds go through the shared door (pacing, retries, Salla's errors).
 */

export type ListSearchFunction = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;
export type LoadOptionsFunction = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** A "From list" search of record locators: `method` is its name in the node's `methods.listSearch`. */
export interface ListSearchPicker {
	readonly kind: 'listSearch';
	readonly method: string;
	readonly run: ListSearchFunction;
}

/** A dropdown's options: `method` is its name in the node's `methods.loadOptions`. */
export interface OptionsPicker {
	readonly kind: 'loadOptions';
	readonly method: string;
	readonly run: LoadOptionsFunction;
}

type Picker = ListSearchPicker | OptionsPicker;

// Every picker by its method name: two different pickers cannot share a name.
const pickers = new Map<string, Picker>();

function register<T extends Picker>(picker: T): T {
	const known = pickers.get(`${picker.kind}:${picker.method}`);
	if (known && known !== picker) throw new Error(`Two ${picker.kind} pickers are named ${picker.method}`);
	pickers.set(`${picker.kind}:${picker.method}`, picker);
	return picker;
}

/** A list search written by hand (for lists Salla does not serve as one endpoint). */
export function listSearchPicker(method: string, run: ListSearchFunction): ListSearchPicker {
	return register({ kind: 'listSearch', method, run });
}

/** A dropdown written by hand (for example one that depends on another field). */
export function optionsPicker(method: string, run: LoadOptionsFunction): OptionsPicker {
	return register({ kind: 'loadOptions', method, run });
}

/** A field's `typeOptions` for a "From list" mode searched with `picker`. */
export function searchWith(picker: ListSearchPicker) {
	return { searchListMethod: picker.method, searchable: true };
}

/** A dropdown's `typeOptions`, filled by `picker`; `dependsOn`: fields whose change reloads it. */
export function loadWith(picker: OptionsPicker, dependsOn?: string[]) {
	return { loadOptionsMethod: picker.method, ...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}) };
}

/**
 * The node's `methods`: the pickers its properties name, found anywhere in them (options,
 * collections, resource locator modes). A name without a picker is a programming error: the node
 * refuses to load.
 */
export function pickerMethods(properties: INodeProperties[]) {
	const listSearch: Record<string, ListSearchFunction> = {};
	const loadOptions: Record<string, LoadOptionsFunction> = {};
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const typeOptions = (value as { typeOptions?: { searchListMethod?: string; loadOptionsMethod?: string } }).typeOptions;
		for (const [kind, method] of [
			['listSearch', typeOptions?.searchListMethod],
			['loadOptions', typeOptions?.loadOptionsMethod],
		] as const) {
			if (method === undefined) continue;
			const picker = pickers.get(`${kind}:${method}`);
			if (!picker) throw new Error(`No ${kind} picker named ${method}`);
			if (picker.kind === 'listSearch') listSearch[method] = picker.run;
			else loadOptions[method] = picker.run;
		}
		for (const key of ['options', 'values', 'modes']) visit((value as Record<string, unknown>)[key]);
	};
	visit(properties);
	return { listSearch, loadOptions };
}

export interface ListSearchSpec {
	/** The documented list endpoint, e.g. `/customers/groups`. */
	path: string;
	/** What the list shows for a record; defaults to its `name`. */
	name?: (record: IDataObject) => string;
	/** What choosing a record gives (the path's value); defaults to its `id`. */
	value?: (record: IDataObject) => string | undefined;
	/** Where the record opens (its dashboard page), when Salla sends one. */
	url?: (record: IDataObject) => string | undefined;
	/**
	 * Whether the endpoint filters by a `keyword` query parameter. Without it the filter is applied to
	 * each page here, on the shown name or the exact ID.
	 */
	keyword?: boolean;
	/**
	 * Extra query parameters for the list (for example `format: 'light'`), or a function of the panel
	 * that gives them (for example the order chosen above); undefined from it: nothing to list yet.
	 */
	qs?: IDataObject | ((context: ILoadOptionsFunctions) => IDataObject | undefined);
	/** The entries one record gives the list (for example a category and its nested subcategories). */
	expand?: (record: IDataObject) => IDataObject[];
}

const defaultName = (record: IDataObject) => String(record.name ?? record.id);

/** A person's first and last name, as Salla's customer records hold them. */
export const fullName = (record: IDataObject) =>
	[record.first_name, record.last_name].filter((part) => typeof part === 'string' && part).join(' ');

/** The record's page in the Salla dashboard (`urls.admin`), when Salla sends one. */
export const adminUrl = (record: IDataObject) => {
	const url = (record.urls as IDataObject | undefined)?.admin;
	return typeof url === 'string' && /^https:\/\//.test(url) ? url : undefined;
};

/** A list search over a Salla list endpoint: one page per call, loaded as the user scrolls. */
export function searchList(method: string, spec: ListSearchSpec): ListSearchPicker {
	return listSearchPicker(method, async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const extra = typeof spec.qs === 'function' ? spec.qs(this) : spec.qs;
		if (typeof spec.qs === 'function' && extra === undefined) return { results: [] };
		const page = Number(paginationToken) || 1;
		const wanted = filter?.trim().toLowerCase();
		const qs: IDataObject = { ...extra, page, per_page: MAX_PAGE_SIZE };
		if (spec.keyword && wanted) qs.keyword = filter?.trim();
		const response = await sallaApiRequest.call(this, 'GET', spec.path, qs);
		const listed = (Array.isArray(response.data) ? response.data : []) as IDataObject[];
		const records = spec.expand ? listed.flatMap(spec.expand) : listed;
		const name = spec.name ?? defaultName;
		const value = spec.value ?? ((record: IDataObject) => String(record.id));
		return {
			results: records
				.filter((record) => value(record) !== undefined)
				.filter(
					(record) =>
						spec.keyword ||
						!wanted ||
						name(record).toLowerCase().includes(wanted) ||
						String(value(record)).toLowerCase() === wanted,
				)
				.map((record) => ({ name: name(record), value: String(value(record)), url: spec.url?.(record) })),
			paginationToken: hasPageAfter(response.pagination, page) ? String(page + 1) : undefined,
		};
	});
}

export interface OptionsSpec {
	path: string;
	value: (record: IDataObject) => string | number | undefined;
	name?: (record: IDataObject) => string;
	description?: (record: IDataObject) => string | undefined;
	qs?: IDataObject;
	/** The entries one record gives the dropdown (for example a category and its subcategories). */
	expand?: (record: IDataObject) => IDataObject[];
}

/** A dropdown of every record of a Salla list endpoint (60 a page). */
export function optionsFrom(method: string, spec: OptionsSpec): OptionsPicker {
	return optionsPicker(method, listOptions(spec));
}

/** Every record of a Salla list endpoint as dropdown options, for a picker that chooses the endpoint. */
export function listOptions(spec: OptionsSpec): LoadOptionsFunction {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const listed = await sallaListAll.call(this, spec.path, spec.qs ?? {});
		const records = spec.expand ? listed.flatMap(spec.expand) : listed;
		return records.flatMap((record) => {
			const value = spec.value(record);
			if (value === undefined || value === '') return [];
			const name = spec.name ? spec.name(record) : defaultName(record);
			const description = spec.description?.(record);
			return [{ name: name || String(value), value, ...(description ? { description } : {}) }];
		});
	};
}
