import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { optionalText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { FormPart } from '../../common/multipart';
import { binaryPart, binaryPropertyField, withMultipart } from '../../common/binary';
import { productLocator } from './shared';

/**
 * POST /products/{product}/digital-files, multipart/form-data: the file as `file` and the name
 * customers see as `file_name`. One file a request, Digital Product products only.
 */
const product = productLocator();

async function sendFile(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const parts: FormPart[] = [await binaryPart(this, 'file', 'file')];
	const name = optionalText(this, 'File Name', this.getNodeParameter('file_name', ''));
	if (name) parts.push({ name: 'file_name', value: name });
	return withMultipart(requestOptions, parts);
}

export const attachDigitalFile = defineOperation({
	value: 'attachDigitalFile',
	name: 'Attach Digital File',
	description: 'Upload a file customers download after buying a Digital Product',
	action: 'Attach a digital file to a product',
	method: 'POST',
	path: '/products/{product}/digital-files',
	scope: 'products.read_write',
	preSend: [sendFile],
	postReceive: [unwrapData],
	fields: [
		product,
		binaryPropertyField('file'),
		{
			displayName: 'File Name',
			name: 'file_name',
			type: 'string',
			default: '',
			placeholder: 'e.g. User guide',
			description: 'The name customers see; Salla uses the file\'s own when empty',
		},
	],
});
