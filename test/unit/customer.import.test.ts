/**
 * Customer → Import: the spreadsheet sent as multipart/form-data with Salla's field name `file`.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla } from '../helpers/salla';
import { parts, raw, sallaMultipart } from '../helpers/multipart';

/** The first bytes of an .xlsx (a zip): not valid UTF-8, so they prove the file is sent as bytes. */
const XLSX = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x80, 0x0a]);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const queued = { status: 200, success: true, data: { message: 'يتم حالياً معالجة الملف وسوف يستغرق بعض الوقت', code: 200 } };
const run = (binary: Record<string, unknown>, parameters: Record<string, unknown> = {}) =>
	runSalla({ resource: 'customer', operation: 'import', binaryPropertyName: 'sheet', ...parameters }, { binary: [binary as never] });

beforeEach(() => {
	resetSalla();
	raw.length = 0;
});
afterEach(() => expect(pendingMocks()).toEqual([]));

test('sends the spreadsheet as the multipart part `file`, byte for byte, and says it is queued', async () => {
	sallaMultipart('/customers/import', 200, queued);
	const { items, error } = await run({ sheet: { data: XLSX.toString('base64'), mimeType: XLSX_TYPE, fileName: 'customers.xlsx' } });
	expect(error).toBeUndefined();
	expect(raw).toHaveLength(1);
	expect(raw[0].path).toBe('/admin/v2/customers/import');
	expect(raw[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
	expect(String(raw[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=----n8nSallaFormBoundary[0-9a-f]{32}$/);
	expect(parts(raw[0])).toEqual([{ name: 'file', filename: 'customers.xlsx', type: XLSX_TYPE, value: XLSX }]);
	expect(items).toEqual([
		{ json: { file: 'customers.xlsx', queued: true, message: 'يتم حالياً معالجة الملف وسوف يستغرق بعض الوقت' }, pairedItem: { item: 0 } },
	]);
});

test('a CSV file known by its extension is sent as text/csv', async () => {
	sallaMultipart('/customers/import', 200, queued);
	await run({ sheet: { data: Buffer.from('first_name,mobile\nSara,512345678\n').toString('base64'), mimeType: 'application/octet-stream', fileName: 'list.csv', fileExtension: 'csv' } });
	expect(parts(raw[0]).map(({ name, filename, type }) => [name, filename, type])).toEqual([['file', 'list.csv', 'text/csv']]);
});

test.each([
	['a file that is not a spreadsheet', { sheet: { data: XLSX.toString('base64'), mimeType: 'image/png', fileName: 'logo.png' } }, {}, 'Input Binary Field: "sheet" is not a spreadsheet (image/png)'],
	['an empty field name', { sheet: { data: XLSX.toString('base64'), mimeType: XLSX_TYPE } }, { binaryPropertyName: '={{ "" }}' }, 'Input Binary Field is empty'],
])('%s sends nothing', async (_case, binary, parameters, message) => {
	const { error } = await run(binary, parameters);
	expect(error?.message).toBe(message);
	expect(raw).toEqual([]);
	expect(received).toEqual([]);
});

test('a missing binary field sends nothing', async () => {
	const { error } = await run({ other: { data: XLSX.toString('base64'), mimeType: XLSX_TYPE } });
	expect(error?.message).toMatch(/sheet/);
	expect(raw).toEqual([]);
});

test('Salla\'s 422 (an empty file) is mapped', async () => {
	sallaMultipart('/customers/import', 422, { status: 422, success: false, error: { code: 'error', message: 'الملف المرفوع فارغ!' } });
	const { error } = await run({ sheet: { data: XLSX.toString('base64'), mimeType: XLSX_TYPE, fileName: 'customers.xlsx' } });
	expect(error?.httpCode).toBe('422');
	expect(error?.message).toBe('Salla rejected the data (422): الملف المرفوع فارغ!');
});
