import type { IBinaryData, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError, requireText } from '../../shared/validate';
import type { FormPart } from './multipart';
import { multipartBody } from './multipart';

/** Uploads from the input item's binary data, sent as multipart/form-data (see multipart.ts). */

/** Input Binary Field, shown only for `shownWhen` when given. */
export function binaryPropertyField(what: string, shownWhen?: INodeProperties['displayOptions']): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: `The name of the input binary field containing the ${what} to upload`,
		...(shownWhen ? { displayOptions: shownWhen } : {}),
	};
}

/** The item's Input Binary Field: its name and its binary data (n8n's own error when the item has none). */
export function inputBinary(context: IExecuteSingleFunctions, what: string): { property: string; binary: IBinaryData } {
	const property = requireText(
		context,
		'Input Binary Field',
		context.getNodeParameter('binaryPropertyName', 'data'),
		`Give the name of the input item's binary field holding the ${what}, such as data.`,
	);
	return { property, binary: context.helpers.assertBinaryData(property) };
}

/** The error for a file that is not what Salla takes: "Input Binary Field: "data" is not an image (text/plain)". */
export function notA(context: IExecuteSingleFunctions, property: string, binary: IBinaryData, what: string, advice: string) {
	const article = /^[aeiou]/.test(what) ? 'an' : 'a';
	return inputError(context, `Input Binary Field: "${property}" is not ${article} ${what} (${binary.mimeType || 'unknown type'})`, advice);
}

/**
 * The file of the item's Input Binary Field as a form part named `name`. `accept` checks its type
 * (for example images only) and says what Salla takes when it does not match.
 */
export async function binaryPart(
	context: IExecuteSingleFunctions,
	name: string,
	what: string,
	accept?: { test: (mimeType: string, fileName?: string) => boolean; advice: string },
): Promise<FormPart> {
	const { property, binary } = inputBinary(context, what);
	const mimeType = binary.mimeType || 'application/octet-stream';
	const fileName = binary.fileName || (binary.fileExtension ? `file.${binary.fileExtension}` : undefined);
	if (accept && !accept.test(mimeType, fileName)) throw notA(context, property, binary, what, accept.advice);
	const data = await context.helpers.getBinaryDataBuffer(property);
	const extension = binary.fileExtension || mimeType.split('/')[1]?.replace(/[^a-z0-9]/gi, '') || 'bin';
	return { name, fileName: binary.fileName || `${what.replace(/\s+/g, '-')}.${extension}`, mimeType, data };
}

export const imagesOnly = {
	test: (mimeType: string) => mimeType.startsWith('image/'),
	advice: 'Salla takes image files only, such as JPEG, PNG or WebP.',
};

/** Spreadsheets (Salla's imports take Excel files): by type, or by extension when the type is generic. */
export const spreadsheetsOnly = {
	test: (mimeType: string, fileName?: string) =>
		/spreadsheet|excel|csv/i.test(mimeType) || /\.(xlsx|xls|csv)$/i.test(fileName ?? ''),
	advice: 'Salla imports Excel files (.xlsx) made from its import template.',
};

/** A text field of a multipart body. */
export function textPart(name: string, value: string): FormPart {
	return { name, value };
}

/** The request with `parts` as its multipart body (and its Content-Type, replacing JSON's). */
export function withMultipart(requestOptions: IHttpRequestOptions, parts: FormPart[]): IHttpRequestOptions {
	const { body, contentType } = multipartBody(parts);
	const headers = Object.fromEntries(Object.entries(requestOptions.headers ?? {}).filter(([key]) => key.toLowerCase() !== 'content-type'));
	return { ...requestOptions, body, headers: { ...headers, 'Content-Type': contentType } };
}
