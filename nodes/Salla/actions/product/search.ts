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

/**
 * "From list" of a product's images: Salla has no image list, so they are read from the product's
 * details (GET /products/{product}); the panel's Product field says which product.
 */
export const productImageSearch = listSearchPicker('searchProductImages', async function (
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const productId = currentId(this, 'product');
	if (productId === undefined) {
		throw new NodeOperationError(this.getNode(), 'Choose the Product first to list its images', {
			description: 'Or give the image ID: it is in the product\'s details, under images.',
		});
	}
	const images = await detailsList(this, `/products/${productId}`, 'images');
	const wanted = filter?.trim().toLowerCase();
	return {
		results: images
			.map((image, index) => {
				const label = typeof image.alt === 'string' && image.alt.trim() ? image.alt.trim() : `Image ${index + 1}`;
				return {
					name: `${label}${image.main === true ? ' (main)' : ''} · ${String(image.id)}`,
					value: String(image.id),
					url: typeof image.url === 'string' && /^https:\/\//.test(image.url) ? image.url : undefined,
				};
			})
			.filter((result) => !wanted || result.name.toLowerCase().includes(wanted)),
	};
});
