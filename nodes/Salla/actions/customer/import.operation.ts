import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { inputBinary, notA, withMultipart } from '../../common/binary';

/**
 * POST /customers/import, multipart/form-data with the spreadsheet as `file`. Salla queues the file
 * and answers 200 with a message ("the file is being processed"): the customers appear later.
 */

const SPREADSHEETS: Record<string, string> = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	xls: 'application/vnd.ms-excel',
	csv: 'text/csv',
};

async function sendFile(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const { property, binary } = inputBinary(this, 'spreadsheet');
	const extension = (binary.fileExtension || binary.fileName?.split('.').pop() || '').toLowerCase();
	const known = Object.entries(SPREADSHEETS).find(([ending, type]) => binary.mimeType === type || extension === ending);
	if (!known) {
		const advice = 'Salla imports customers from an Excel file (.xlsx or .xls) or a CSV file, laid out like the file Salla exports.';
		throw notA(this, property, binary, 'spreadsheet', advice);
	}
	const data = await this.helpers.getBinaryDataBuffer(property);
	if (!data.length) throw inputError(this, `Input Binary Field: "${property}" is empty`, 'Give a spreadsheet that lists customers.');
	return withMultipart(requestOptions, [{ name: 'file', fileName: binary.fileName || `customers.${known[0]}`, mimeType: known[1], data }]);
}

export const importCustomers = defineOperation({
	value: 'import',
	name: 'Import',
	description: 'Import customers from a spreadsheet file; Salla adds them in the background',
	action: 'Import customers from a spreadsheet',
	method: 'POST',
	path: '/customers/import',
	scope: 'customers.read_write',
	preSend: [sendFile],
	postReceive: [
		describeOutcome((context) => {
			const property = String(context.getNodeParameter('binaryPropertyName', 'data'));
			return { file: context.helpers.assertBinaryData(property).fileName ?? null, queued: true };
		}),
	],
	fields: [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			hint: 'The name of the input binary field containing the spreadsheet',
			description: 'The input item\'s binary field holding the spreadsheet (.xlsx, .xls or .csv) of customers, laid out like the file Salla exports',
		},
	],
});
