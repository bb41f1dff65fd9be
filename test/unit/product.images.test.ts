/**
 * Product → Attach Image (multipart/form-data, from a URL or the item's binary data) and Delete Image.
 */
import { ACCESS_TOKEN, callMethod, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { parts, PNG, raw, sallaMultipart } from '../helpers/multipart';
import { expectApiError, expectNotSent, invalidFields, requestedPaths } from '../helpers/fixtures';

const attached = {
	status: 201,
	success: true,
	data: {
		id: 713368802,
		image: { original: { url: 'https://cdn.salla.sa/bYQEn/a.png', width: 0, height: 0 } },
		sort: 5,
		default: true,
		alt_seo: 'image',
		video_url: '',
		type: 'image',
	},
};

const attach = (parameters: Record<string, unknown>) => ({
	resource: 'product',
	operation: 'attachImage',
	product: { __rl: true, mode: 'id', value: '207865447' },
	...parameters,
});

beforeEach(() => {
	resetSalla();
	raw.length = 0;
});
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Attach Image', () => {
	test('from a URL: multipart with `original`, and Salla\'s image as output', async () => {
		sallaMultipart('/products/207865447/images', 201, attached);

		const { items, error } = await runSalla(attach({ imageSource: 'url', original: 'https://cdn.example.com/a.png' }));

		expect(error).toBeUndefined();
		expect(raw).toHaveLength(1);
		expect(raw[0].path).toBe('/admin/v2/products/207865447/images');
		expect(raw[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(String(raw[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=----n8nSallaFormBoundary[0-9a-f]{32}$/);
		expect(parts(raw[0])).toEqual([{ name: 'original', filename: undefined, type: undefined, value: Buffer.from('https://cdn.example.com/a.png') }]);
		expect(items).toEqual([{ json: attached.data, pairedItem: { item: 0 } }]);
	});

	test('from binary data: `photo` with the file\'s bytes, name and type, plus main, sort and alt', async () => {
		sallaMultipart('/products/207865447/images', 201, attached);

		const { items, error } = await runSalla(
			attach({ imageSource: 'binary', binaryPropertyName: 'picture', additionalFields: { main: true, sort: 2, alt: 'Blue T-shirt' } }),
			{
				items: [{ name: 'shirt' }],
				binary: [{ picture: { data: PNG.toString('base64'), mimeType: 'image/png', fileName: 'shirt "blue".png' } }],
			},
		);

		expect(error).toBeUndefined();
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename, type }) => [name, filename, type])).toEqual([
			['photo', 'shirt _blue_.png', 'image/png'],
			['main', undefined, undefined],
			['sort', undefined, undefined],
			['alt', undefined, undefined],
		]);
		expect(sent[0].value.equals(PNG)).toBe(true);
		expect(sent.slice(1).map((part) => part.value.toString('utf8'))).toEqual(['1', '2', 'Blue T-shirt']);
		expect(items).toEqual([{ json: attached.data, pairedItem: { item: 0 } }]);
	});

	test('a file without a name gets one from its type', async () => {
		sallaMultipart('/products/207865447/images', 201, attached);
		await runSalla(attach({ imageSource: 'binary', binaryPropertyName: 'data' }), {
			binary: [{ data: { data: PNG.toString('base64'), mimeType: 'image/webp' } }],
		});
		expect(parts(raw[0])[0]).toMatchObject({ name: 'photo', filename: 'image.webp', type: 'image/webp' });
	});

	test('a file without a name takes the extension n8n gave it, as Update Image does', async () => {
		sallaMultipart('/products/207865447/images', 201, attached);
		await runSalla(attach({ imageSource: 'binary', binaryPropertyName: 'data' }), {
			binary: [{ data: { data: PNG.toString('base64'), mimeType: 'image/jpeg', fileExtension: 'jpg' } }],
		});
		expect(parts(raw[0])[0]).toMatchObject({ name: 'photo', filename: 'image.jpg', type: 'image/jpeg' });
	});

	test.each([
		[attach({ imageSource: 'url', original: 'www.example.com/a.png' }), 'Image URL: "www.example.com/a.png" is not a web address', undefined],
		[attach({ imageSource: 'url', original: '={{ "" }}' }), 'Image URL is empty', undefined],
		[attach({ imageSource: 'binary', binaryPropertyName: 'missing' }), 'The item has no binary field \'missing\' [item 0]', undefined],
		[attach({ imageSource: 'url', original: 'https://a.example/x.png', additionalFields: { sort: -1 } }), 'Sort Order: "-1" is not a whole number of at least 0', undefined],
	])('%#: bad input sends nothing', async (parameters, message, description) => {
		const { error } = await runSalla(parameters, { binary: [{ data: { data: PNG.toString('base64'), mimeType: 'image/png' } }] });
		expect(error?.message).toBe(message);
		if (description !== undefined) expect(error?.description).toBe(description);
		expect(raw).toEqual([]);
	});

	test('a binary file that is not an image sends nothing', async () => {
		const { error } = await runSalla(attach({ imageSource: 'binary', binaryPropertyName: 'data' }), {
			binary: [{ data: { data: Buffer.from('%PDF').toString('base64'), mimeType: 'application/pdf', fileName: 'a.pdf' } }],
		});
		expect(error?.message).toBe('Input Binary Field: "data" is not an image (application/pdf)');
		expect(error?.description).toBe('Salla takes image files only, such as JPEG, PNG or WebP.');
		expect(raw).toEqual([]);
	});

	test('Salla\'s 422 (ten images already) is a NodeApiError', async () => {
		sallaMultipart('/products/207865447/images', 422, invalidFields({ product: ['The maximum allowed images are 10'] }));
		const { error } = await runSalla(attach({ imageSource: 'url', original: 'https://cdn.example.com/a.png' }));
		expectApiError(error, '422', 'Salla rejected the data (422): product: The maximum allowed images are 10');
	});
});

describe('Product → Delete Image', () => {
	const deleteImage = (image: unknown) => ({
		resource: 'product',
		operation: 'deleteImage',
		product: { __rl: true, mode: 'id', value: '207865447' },
		image: { __rl: true, mode: 'id', value: image },
	});

	test('deletes by image ID and says so', async () => {
		salla('delete', '/products/images/713368802', 202, { status: 202, success: true, data: { message: 'The Object has been removed successfully', code: 202 } });

		const { items, error } = await runSalla(deleteImage('713368802'));

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['DELETE /admin/v2/products/images/713368802']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([
			{ json: { id: 713368802, deleted: true, message: 'The Object has been removed successfully' }, pairedItem: { item: 0 } },
		]);
	});

	test('a bad image ID sends nothing', async () => {
		await expectNotSent(deleteImage('={{ "img-1" }}'), 'Image: "img-1" is not a product image ID');
	});

	test('the image list shows the chosen product\'s images', async () => {
		salla('get', '/products/207865447', 200, {
			data: {
				id: 207865447,
				images: [
					{ id: 712603963, url: 'https://cdn.salla.sa/a.jpg', main: true, alt: 'Front' },
					{ id: 712603964, url: 'https://cdn.salla.sa/b.jpg', main: false, alt: '' },
				],
			},
		});

		const { result } = await callMethod('listSearch', 'searchProductImages', deleteImage(''));

		expect(requestedPaths()).toEqual(['GET /admin/v2/products/207865447']);
		expect(result).toEqual({
			results: [
				{ name: 'Front (main) · 712603963', value: '712603963', url: 'https://cdn.salla.sa/a.jpg' },
				{ name: 'Image 2 · 712603964', value: '712603964', url: 'https://cdn.salla.sa/b.jpg' },
			],
		});
	});

	test('without a product, the image list asks for one and sends nothing', async () => {
		await expect(
			callMethod('listSearch', 'searchProductImages', { ...deleteImage(''), product: { __rl: true, mode: 'list', value: '' } }),
		).rejects.toMatchObject({
			message: 'Choose the Product first to list its images',
			description: 'Or give the image ID: it is in the product\'s details, under images.',
		});
		expect(received).toEqual([]);
	});
});
