import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sallaApiRequest } from '../../../shared/http/door';
import { toId } from '../../../shared/validate';
import { listSearchPicker } from '../../common/search';

/**
 * "From list" of a product's images: Salla has no image list, so they are read from the product's
 * details (GET /products/{product}); the panel's Product field says which product.
 */
export const productImageSearch = listSearchPicker('searchProductImages', async function (
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	let raw: unknown;
	try {
		raw = this.getCurrentNodeParameter('product', { extractValue: true });
	} catch {
		raw = undefined;
	}
	const productId = toId(raw);
	if (productId === undefined) {
		throw new NodeOperationError(this.getNode(), 'Choose the Product first to list its images', {
			description: 'Or give the image ID: it is in the product\'s details, under images.',
		});
	}
	const response = await sallaApiRequest.call(this, 'GET', `/products/${productId}`);
	const images = (((response.data as IDataObject | undefined)?.images ?? []) as IDataObject[]).filter(
		(image) => toId(image.id) !== undefined,
	);
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
