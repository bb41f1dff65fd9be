import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { binaryPart, textPart, binaryPropertyField, spreadsheetsOnly, withMultipart } from '../../common/binary';

/**
 * POST /products/import, multipart/form-data: the spreadsheet as `file` and what it holds as `type`.
 * Salla imports in the background and answers with a message, so the output says what was sent.
 */
const IMPORT_TYPES = [
	{ name: 'New Products', value: 'products' },
	{ name: 'Product Updates', value: 'products-update' },
	{ name: 'Quantities', value: 'quantities' },
	{ name: 'Prices', value: 'prices' },
	{ name: 'SEO', value: 'seo' },
	{ name: 'HS Codes', value: 'hs-codes' },
	{ name: 'Brands', value: 'brand' },
	{ name: 'Categories', value: 'category' },
];

const readType = (context: IExecuteSingleFunctions) => oneOf(context, 'Import Type', context.getNodeParameter('type', ''), IMPORT_TYPES);

async function sendImport(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const file = await binaryPart(this, 'file', 'spreadsheet', spreadsheetsOnly);
	return withMultipart(requestOptions, [file, textPart('type', readType(this))]);
}

export const importProducts = defineOperation({
	value: 'import',
	name: 'Import',
	description: 'Import products, quantities, prices or SEO from a spreadsheet in Salla\'s template',
	action: 'Import products from a spreadsheet',
	method: 'POST',
	path: '/products/import',
	scope: 'products.read_write',
	preSend: [sendImport],
	postReceive: [describeOutcome((context) => ({ type: readType(context), queued: true }))],
	fields: [
		{
			displayName: 'Import Type',
			name: 'type',
			type: 'options',
			options: IMPORT_TYPES,
			default: 'products',
			description: 'What the spreadsheet holds; it must follow Salla\'s import template of that kind',
		},
		binaryPropertyField('spreadsheet'),
	],
});
