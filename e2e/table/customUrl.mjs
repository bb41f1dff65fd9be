// Custom URL (/custom-urls): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { ok } from '../../harness/salla-answers.mjs';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// the input file (binary data in n8n): a spreadsheet made with Salla's Export Custom URLs
const XLSX = Buffer.from('PK\u0003\u0004 custom urls sheet').toString('base64');

export const operations = [
	{
		operation: 'import',
		parameters: { binaryPropertyName: 'sheet' },
		file: { fileName: 'custom-urls.xlsx', mimeType: XLSX_TYPE, base64: XLSX, field: 'sheet' },
		request: {
			method: 'POST',
			path: '/custom-urls/import',
			body: { file: `file custom-urls.xlsx (${XLSX_TYPE}, ${Buffer.from(XLSX, 'base64').length} bytes)` },
		},
		answer: ok(['جاري إستيراد البيانات'], 201),
		output: [{ queued: true, message: 'جاري إستيراد البيانات' }],
	},
];
