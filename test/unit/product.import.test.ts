/**
 * Product → Import and Custom URL → Import: the spreadsheet as multipart `file` (and the product
 * import's `type`), checked to be a spreadsheet before anything is sent.
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { parts, raw, sallaMultipart } from '../helpers/multipart';
import { pendingMocks, resetSalla } from '../helpers/salla';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe]);
const sheet = (mimeType = XLSX_TYPE, fileName = 'products.xlsx') => [{ data: { data: XLSX.toString('base64'), mimeType, fileName } }];
const importing = { status: 201, success: true, data: { message: 'جاري إستيراد البيانات', code: 201 } };

beforeEach(() => {
	resetSalla();
	raw.length = 0;
});
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Import', () => {
	test('multipart `file` then `type`; the output says what was queued', async () => {
		sallaMultipart('/products/import', 201, importing);

		const { items, error } = await runSalla({ resource: 'product', operation: 'import', type: 'quantities', binaryPropertyName: 'data' }, { binary: sheet() });

		expect(error).toBeUndefined();
		expect(raw.map(({ path }) => path)).toEqual(['/admin/v2/products/import']);
		expect(raw[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(String(raw[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename, type }) => [name, filename, type])).toEqual([
			['file', 'products.xlsx', XLSX_TYPE],
			['type', undefined, undefined],
		]);
		expect(sent[0].value.equals(XLSX)).toBe(true);
		expect(sent[1].value.toString('utf8')).toBe('quantities');
		expect(items).toEqual([{ json: { type: 'quantities', queued: true, message: 'جاري إستيراد البيانات' }, pairedItem: { item: 0 } }]);
	});

	test('a spreadsheet with a generic type is known by its extension', async () => {
		sallaMultipart('/products/import', 201, importing);
		const { error } = await runSalla({ resource: 'product', operation: 'import', type: 'products', binaryPropertyName: 'data' }, { binary: sheet('application/octet-stream', 'p.xlsx') });
		expect(error).toBeUndefined();
		expect(parts(raw[0])[0]).toMatchObject({ name: 'file', filename: 'p.xlsx', type: 'application/octet-stream' });
	});

	test.each([
		[{ type: 'products' }, sheet('image/png', 'a.png'), 'Input Binary Field: "data" is not a spreadsheet (image/png)'],
		[{ type: '={{ "orders" }}' }, sheet(), 'Import Type: "orders" is not one of the choices'],
	])('%#: bad input sends nothing', async (parameters, binary, message) => {
		const { error } = await runSalla({ resource: 'product', operation: 'import', binaryPropertyName: 'data', ...parameters }, { binary });
		expect(error?.message).toBe(message);
		expect(raw).toEqual([]);
	});

	test('Salla\'s 422 (not its template) is a NodeApiError', async () => {
		sallaMultipart('/products/import', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { file: ['The columns do not match the import template.'] } } });
		const { error } = await runSalla({ resource: 'product', operation: 'import', type: 'products', binaryPropertyName: 'data' }, { binary: sheet() });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): file: The columns do not match the import template.');
	});
});

describe('Custom URL → Import', () => {
	test('multipart `file` only', async () => {
		sallaMultipart('/custom-urls/import', 201, importing);

		const { items, error } = await runSalla({ resource: 'customUrl', operation: 'import', binaryPropertyName: 'urls' }, { binary: [{ urls: sheet()[0].data }] });

		expect(error).toBeUndefined();
		expect(raw.map(({ path }) => path)).toEqual(['/admin/v2/custom-urls/import']);
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename }) => [name, filename])).toEqual([['file', 'products.xlsx']]);
		expect(sent[0].value.equals(XLSX)).toBe(true);
		expect(items).toEqual([{ json: { queued: true, message: 'جاري إستيراد البيانات' }, pairedItem: { item: 0 } }]);
	});

	test('a file that is not a spreadsheet sends nothing', async () => {
		const { error } = await runSalla({ resource: 'customUrl', operation: 'import', binaryPropertyName: 'data' }, { binary: sheet('application/pdf', 'a.pdf') });
		expect(error?.message).toBe('Input Binary Field: "data" is not a spreadsheet (application/pdf)');
		expect(raw).toEqual([]);
	});
});
