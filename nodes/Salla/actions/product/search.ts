import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sallaApiRequest } from '../../../shared/http/door';
import { toId } from '../../../shared/validate';
import { listSearchPicker } from '../../common/search';

/**
 * Pickers of what Salla lists only inside a record's details (a product's images, files and options,
 * an option's values): the panel's other field says which record, and its details are read.
 */

/** The ID another field of the panel holds (`name`, a picker or a number), or undefined. */
export function currentId(context: ILoadOptionsFunctions, name: string): number | undefined {
	try {
		return toId(context.getCurrentNodeParameter(name, { extractValue: true }));
	} catch {
		return undefined;
	}
}

/** The records with an ID of the first list among `keys` in a Salla details answer (GET `path`). */
export async function detailsList(context: ILoadOptionsFunctions, path: string, ...keys: string[]): Promise<IDataObject[]> {
	const response = await sallaApiRequest.call(context, 'GET', path);
	const details = (response.data ?? {}) as IDataObject;
	const list = (keys.map((key) => details[key]).find(Array.isArray) ?? []) as IDataObject[];
	return list.filter((record) => toId(record?.id) !== undefined);
}

/** Where a list sits in a parent record's details, in the words its errors use. */
export interface DetailsSpec {
	/** The panel's field that holds the parent, as its error names it: "the Product". */
	parent: string;
	/** The parent's details: GET `path(id)`. */
	path: (id: number) => string;
	/** The lists to read, the first one the details hold: `['images']`. */
	keys: string[];
	/** What is listed, and one of them: "images", "image". */
	items: string;
	item: string;
	/** Where the user finds an ID instead: "in the product's details, under images". */
	where: string;
}

/** A product's details (GET /products/{id}), where its images, files and options are listed. */
export const inProductDetails = { parent: 'the Product', path: (id: number) => `/products/${id}` };

/**
 * The list `spec` names in the details of the parent `parentId`; without a parent, an error that says
 * to choose it first or give the ID (`byExpression`: in a dropdown, which takes an ID by expression).
 */
export async function parentDetails(
	context: ILoadOptionsFunctions,
	parentId: number | undefined,
	spec: DetailsSpec,
	byExpression = false,
): Promise<IDataObject[]> {
	if (parentId === undefined) {
		throw new NodeOperationError(context.getNode(), `Choose ${spec.parent} first to list its ${spec.items}`, {
			description: `Or give the ${spec.item} ID${byExpression ? ' with an expression' : ''}: it is ${spec.where}.`,
		});
	}
	return detailsList(context, spec.path(parentId), ...spec.keys);
}

/**
 * A "From list" of what `spec` names, for the parent the panel's `parentField` holds: each record as
 * `name` says (with a link when `url` gives one), found by a part of its name or its whole ID.
 */
export function detailsSearch(
	method: string,
	parentField: string,
	spec: DetailsSpec & {
		name: (record: IDataObject, index: number) => string;
		url?: (record: IDataObject) => string | undefined;
	},
) {
	return listSearchPicker(method, async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const records = await parentDetails(this, currentId(this, parentField), spec);
		const wanted = filter?.trim().toLowerCase();
		return {
			results: records
				.map((record, index) => ({ name: spec.name(record, index), value: String(record.id), ...(spec.url ? { url: spec.url(record) } : {}) }))
				.filter((result) => !wanted || result.name.toLowerCase().includes(wanted) || result.value === wanted),
		};
	});
}

/** A product's images: Salla has no image list, so they are read from the product's details. */
export const productImageSearch = detailsSearch('searchProductImages', 'product', {
	...inProductDetails,
	keys: ['images'],
	items: 'images',
	item: 'image',
	where: 'in the product\'s details, under images',
	name: (image, index) => {
		const label = typeof image.alt === 'string' && image.alt.trim() ? image.alt.trim() : `Image ${index + 1}`;
		return `${label}${image.main === true ? ' (main)' : ''} · ${String(image.id)}`;
	},
	url: (image) => (typeof image.url === 'string' && /^https:\/\//.test(image.url) ? image.url : undefined),
});
