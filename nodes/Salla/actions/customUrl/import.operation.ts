import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { binaryPart, binaryPropertyField, spreadsheetsOnly, withMultipart } from '../../common/binary';

/**
 * POST /custom-urls/import, multipart/form-data with the spreadsheet as `file` (Salla's Export Custom
 * URLs template). Salla imports in the background and answers with a message.
 */
async function sendFile(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return withMultipart(requestOptions, [await binaryPart(this, 'file', 'spreadsheet', spreadsheetsOnly)]);
}

export const importUrls = defineOperation({
	value: 'import',
	name: 'Import',
	description: 'Import custom URLs (redirects) from a spreadsheet in Salla\'s template',
	action: 'Import custom URLs',
	method: 'POST',
	path: '/custom-urls/import',
	scope: 'store-settings.read_write',
	preSend: [sendFile],
	postReceive: [describeOutcome(() => ({ queued: true }))],
	fields: [binaryPropertyField('spreadsheet')],
});
