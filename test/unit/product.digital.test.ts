/**
 * Product → Attach Digital Codes (JSON `codes`), Attach Digital File (multipart `file` and
 * `file_name`) and Delete Digital File, with its File picker.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { parts, raw, sallaMultipart } from '../helpers/multipart';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { byId, expectNotSent } from '../helpers/fixtures';

const PDF = Buffer.from('%PDF-1.7\n\u00ff\u00fe binary', 'latin1');

beforeEach(() => {
	resetSalla();
	raw.length = 0;
});
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Attach Digital Codes', () => {
	const attach = (codes: unknown) => ({ resource: 'product', operation: 'attachDigitalCodes', product: byId('207865447'), codes });

	test('one code a line becomes Salla\'s `codes` list; the output says what was added', async () => {
		salla('post', '/products/207865447/digital-codes', 201, { status: 201, success: true, data: { message: 'The entity has been created successfully', code: 201 } });

		const { items, error } = await runSalla(attach('232m322\n 2D3w \n\nsD21S'));

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products/207865447/digital-codes']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(received[0].body).toEqual({ codes: ['232m322', '2D3w', 'sD21S'] });
		expect(items).toEqual([
			{ json: { id: 207865447, codes: ['232m322', '2D3w', 'sD21S'], message: 'The entity has been created successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('a list from an expression', async () => {
		salla('post', '/products/207865447/digital-codes', 201, { data: { message: 'ok', code: 201 } });
		await runSalla(attach('={{ $json.codes }}'), { items: [{ codes: ['A-1', 2] }] });
		expect(received[0].body).toEqual({ codes: ['A-1', '2'] });
	});

	test.each([
		['no codes', attach('={{ "\\n" }}'), 'Codes is empty'],
		['a repeated code', attach('A\nB\nA'), 'Codes: "A" is given twice'],
		['a code that is not text', attach('={{ [{ "a": 1 }] }}'), 'Codes must be text'],
	])('bad input (%s) sends nothing', async (_case, parameters, message) => expectNotSent(parameters, message));

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('post', '/products/207865447/digital-codes', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { codes: ['Codes are for Digital Codes products only.'] } } });
		const { error } = await runSalla(attach('X'));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Salla rejected the data (422): codes: Codes are for Digital Codes products only.');
	});
});

describe('Product → Attach Digital File', () => {
	test('multipart with the file as `file` and its shown name as `file_name`', async () => {
		const uploaded = { name: 'User guide', url: 'https://cdn.salla.sa/guide.pdf', size: 297 };
		sallaMultipart('/products/207865447/digital-files', 201, { status: 201, success: true, data: uploaded });

		const { items, error } = await runSalla(
			{ resource: 'product', operation: 'attachDigitalFile', product: byId('207865447'), binaryPropertyName: 'guide', file_name: ' User guide ' },
			{ binary: [{ guide: { data: PDF.toString('base64'), mimeType: 'application/pdf', fileName: 'guide.pdf' } }] },
		);

		expect(error).toBeUndefined();
		expect(raw.map(({ path }) => path)).toEqual(['/admin/v2/products/207865447/digital-files']);
		expect(raw[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(String(raw[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename, type }) => [name, filename, type])).toEqual([
			['file', 'guide.pdf', 'application/pdf'],
			['file_name', undefined, undefined],
		]);
		expect(sent[0].value.equals(PDF)).toBe(true);
		expect(sent[1].value.toString('utf8')).toBe('User guide');
		expect(items).toEqual([{ json: uploaded, pairedItem: { item: 0 } }]);
	});

	test('a missing binary field sends nothing', async () => {
		const { error } = await runSalla({ resource: 'product', operation: 'attachDigitalFile', product: byId('207865447'), binaryPropertyName: 'guide' });
		expect(error?.message).toBe('This operation expects the node\'s input data to contain a binary file \'guide\', but none was found [item 0]');
		expect(raw).toEqual([]);
	});
});

describe('Product → Delete Digital File', () => {
	test('deletes by file ID and says so', async () => {
		salla('delete', '/products/digital-files/1592634093', 202, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });
		const { items } = await runSalla({ resource: 'product', operation: 'deleteDigitalFile', file: byId('1592634093') });
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['DELETE /admin/v2/products/digital-files/1592634093']);
		expect(items).toEqual([{ json: { id: 1592634093, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } }]);
	});

	test('a bad file ID sends nothing', async () => {
		const { error } = await runSalla({ resource: 'product', operation: 'deleteDigitalFile', file: byId('={{ "guide.pdf" }}') });
		expect(error?.message).toBe('File: "guide.pdf" is not a digital file ID');
		expect(received).toEqual([]);
	});

	test.each([['digital_files'], ['files']])('the File list reads the product\'s `%s`', async (key) => {
		salla('get', '/products/207865447', 200, { data: { id: 207865447, [key]: [{ id: 1592634093, name: 'User guide' }, { id: 'x' }] } });
		const { result } = await callMethod('listSearch', 'searchDigitalFiles', { resource: 'product', operation: 'deleteDigitalFile', product: byId('207865447') });
		expect(result).toEqual({ results: [{ name: 'User guide', value: '1592634093' }] });
	});

	test('the File list finds a file by a part of its name or its whole ID', async () => {
		const files = [{ id: 1592634093, name: 'User guide' }, { id: 1592634094, name: 'Licence key' }];
		salla('get', '/products/207865447', 200, { data: { id: 207865447, digital_files: files } });
		salla('get', '/products/207865447', 200, { data: { id: 207865447, digital_files: files } });
		const panel = { resource: 'product', operation: 'deleteDigitalFile', product: byId('207865447') };
		expect((await callMethod('listSearch', 'searchDigitalFiles', panel, ['guide'])).result).toEqual({ results: [{ name: 'User guide', value: '1592634093' }] });
		expect((await callMethod('listSearch', 'searchDigitalFiles', panel, ['1592634094'])).result).toEqual({ results: [{ name: 'Licence key', value: '1592634094' }] });
	});

	test('without a product, the File list asks for one or the file ID, and sends nothing', async () => {
		await expect(
			callMethod('listSearch', 'searchDigitalFiles', { resource: 'product', operation: 'deleteDigitalFile', product: byId('') }),
		).rejects.toMatchObject({ message: 'Choose the Product first to list its files', description: 'Or give the file ID: it is in the product\'s details.' });
		expect(received).toEqual([]);
	});
});
