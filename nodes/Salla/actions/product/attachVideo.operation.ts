import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalBoolean, optionalText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { checkUrl } from './body';
import { productByIdOrSku, switchToSkuPath } from './shared';

/**
 * POST /products/{product}/video `{video_url, default, alt}`, or POST /products/sku/{sku}/videos
 * `{video_url}`: one YouTube video a request (Salla takes YouTube links only). The by-SKU endpoint
 * documents the link alone, so Main Image and Alternative Text are for Find By ID.
 */
const { fields } = productByIdOrSku();

const YOUTUBE = /^(?:www\.|m\.)?(?:youtube\.com|youtu\.be)$/i;

function buildVideo(this: IExecuteSingleFunctions): SallaBody {
	const url = checkUrl(this, 'Video URL', this.getNodeParameter('video_url', ''));
	if (!YOUTUBE.test(new URL(url).hostname)) {
		throw inputError(this, `Video URL: "${url}" is not a YouTube link`, 'Salla takes YouTube videos only, such as https://www.youtube.com/watch?v=dmqWuUeA5Ug.');
	}
	const body: IDataObject = { video_url: url };
	const extra = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	const bySku = this.getNodeParameter('findBy', 'id') === 'sku';
	const main = optionalBoolean(this, 'Main Image', extra.default);
	if (main !== undefined) body.default = main;
	const alt = optionalText(this, 'Alternative Text', extra.alt);
	if (alt) body.alt = alt;
	if (bySku && (body.default !== undefined || body.alt !== undefined)) {
		throw inputError(
			this,
			'Main Image and Alternative Text are not taken by SKU',
			'Salla\'s by-SKU video takes the link only: remove them, or find the product by ID.',
		);
	}
	return body;
}

export const attachVideo = defineOperation({
	value: 'attachVideo',
	name: 'Attach Video',
	description: 'Add a YouTube video to a product, found by its ID or SKU',
	action: 'Attach a video to a product',
	method: 'POST',
	path: '/products/{product}/video',
	otherPaths: ['/products/sku/{sku}/videos'],
	scope: 'products.read_write',
	preSend: [switchToSkuPath('/products/sku/{sku}/videos')],
	body: buildVideo,
	postReceive: [unwrapData],
	fields: [
		...fields,
		{
			displayName: 'Video URL',
			name: 'video_url',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://www.youtube.com/watch?v=dmqWuUeA5Ug',
			description: 'The YouTube link of the video',
		},
		additionalFields([
			{
				displayName: 'Alternative Text',
				name: 'alt',
				type: 'string',
				default: '',
				description: 'Text describing the video\'s thumbnail, read by search engines (Find By ID only)',
			},
			{
				displayName: 'Main Image',
				name: 'default',
				type: 'boolean',
				default: true,
				description: 'Whether the video\'s thumbnail becomes the product\'s main image (Find By ID only)',
			},
		]),
	],
});
