/**
 * Product → Attach Image By SKU and Update Image (multipart/form-data with Salla's field names), and
 * Attach Video (a YouTube link, by ID or by SKU).
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { PNG, parts, raw, sallaMultipart } from '../helpers/multipart';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';

const image = { id: 1908361139, image: { original: { url: 'https://cdn.salla.sa/a.webp', width: 0, height: 0 } }, sort: 0, default: false, alt_seo: 'Product details', type: 'image' };
const video = { id: 1749963998, default: true, video_url: 'https://www.youtube.com/watch?v=dmqWuUeA5Ug', type: 'video' };
const file = (mimeType = 'image/png', fileName: string | undefined = 'shirt.png') => [{ data: { data: PNG.toString('base64'), mimeType, ...(fileName ? { fileName } : {}) } }];

beforeEach(() => {
	resetSalla();
	raw.length = 0;
});
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Product → Attach Image By SKU', () => {
	test('the file as `photo` to the SKU path, and the image as output', async () => {
		sallaMultipart('/products/sku/TS%2F1/images', 200, { status: 201, success: true, data: image });

		const { items, error } = await runSalla({ resource: 'product', operation: 'attachImageBySku', sku: 'TS/1', binaryPropertyName: 'data' }, { binary: file() });

		expect(error).toBeUndefined();
		expect(raw.map(({ path }) => path)).toEqual(['/admin/v2/products/sku/TS%2F1/images']);
		expect(raw[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(String(raw[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=----n8nSallaFormBoundary[0-9a-f]{32}$/);
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename, type }) => [name, filename, type])).toEqual([['photo', 'shirt.png', 'image/png']]);
		expect(sent[0].value.equals(PNG)).toBe(true);
		expect(items).toEqual([{ json: image, pairedItem: { item: 0 } }]);
	});

	test.each([
		[{ sku: '={{ "" }}', binaryPropertyName: 'data' }, file(), 'SKU is empty'],
		[{ sku: 'TS-1', binaryPropertyName: 'missing' }, file(), 'The item has no binary field \'missing\' [item 0]'],
		[{ sku: 'TS-1', binaryPropertyName: 'data' }, file('application/pdf', 'a.pdf'), 'Input Binary Field: "data" is not an image (application/pdf)'],
	])('%#: bad input sends nothing', async (parameters, binary, message) => {
		const { error } = await runSalla({ resource: 'product', operation: 'attachImageBySku', ...parameters }, { binary });
		expect(error?.message).toBe(message);
		expect(raw).toEqual([]);
	});

	test('Salla\'s 404 (no product with that SKU) is a NodeApiError', async () => {
		sallaMultipart('/products/sku/NOPE/images', 404, { status: 404, success: false, error: { code: 'error', message: 'Not found' } });
		const { error } = await runSalla({ resource: 'product', operation: 'attachImageBySku', sku: 'NOPE', binaryPropertyName: 'data' }, { binary: file() });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('404');
	});
});

describe('Product → Update Image', () => {
	const update = (parameters: Record<string, unknown> = {}) => ({
		resource: 'product',
		operation: 'updateImage',
		image: { __rl: true, mode: 'id', value: '713368802' },
		binaryPropertyName: 'data',
		...parameters,
	});

	test('`photo` with the file, then `default` (1/0), `sort` and `alt`', async () => {
		sallaMultipart('/products/images/713368802', 201, { status: 201, success: true, data: { ...image, id: 713368802 } });

		const { items, error } = await runSalla(update({ additionalFields: { main: false, sort: 3, alt: 'Back' } }), { binary: file('image/webp', '') });

		expect(error).toBeUndefined();
		expect(raw.map(({ path }) => path)).toEqual(['/admin/v2/products/images/713368802']);
		const sent = parts(raw[0]);
		expect(sent.map(({ name, filename, type }) => [name, filename, type])).toEqual([
			['photo', 'image.webp', 'image/webp'],
			['default', undefined, undefined],
			['sort', undefined, undefined],
			['alt', undefined, undefined],
		]);
		expect(sent[0].value.equals(PNG)).toBe(true);
		expect(sent.slice(1).map(({ value }) => value.toString('utf8'))).toEqual(['0', '3', 'Back']);
		expect(items).toEqual([{ json: { ...image, id: 713368802 }, pairedItem: { item: 0 } }]);
	});

	test.each([
		[update({ image: { __rl: true, mode: 'id', value: '={{ "front" }}' } }), 'Image: "front" is not a product image ID'],
		[update({ additionalFields: { sort: 1.5 } }), 'Sort Order: "1.5" is not a whole number of at least 0'],
		[update({ additionalFields: { main: '={{ "yes" }}' } }), 'Main Image: "yes" is not true or false'],
	])('%#: bad input sends nothing', async (parameters, message) => {
		const { error } = await runSalla(parameters, { binary: file() });
		expect(error?.message).toBe(message);
		expect(raw).toEqual([]);
	});
});

describe('Product → Attach Video', () => {
	const attach = (parameters: Record<string, unknown>) => ({
		resource: 'product',
		operation: 'attachVideo',
		video_url: 'https://www.youtube.com/watch?v=dmqWuUeA5Ug',
		...parameters,
	});

	test('by ID: JSON with video_url, default and alt', async () => {
		salla('post', '/products/207865447/video', 201, { status: 201, success: true, data: video });

		const { items, error } = await runSalla(
			attach({ findBy: 'id', product: { __rl: true, mode: 'id', value: '207865447' }, additionalFields: { default: true, alt: 'Unboxing' } }),
		);

		expect(error).toBeUndefined();
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products/207865447/video']);
		expect(received[0].headers['content-type']).toBe('application/json');
		expect(received[0].body).toEqual({ video_url: 'https://www.youtube.com/watch?v=dmqWuUeA5Ug', default: true, alt: 'Unboxing' });
		expect(items).toEqual([{ json: video, pairedItem: { item: 0 } }]);
	});

	test('by SKU: Salla\'s SKU path with the link only', async () => {
		salla('post', '/products/sku/TS-1/videos', 200, { status: 201, success: true, data: video });
		await runSalla(attach({ findBy: 'sku', sku: 'TS-1', video_url: 'https://youtu.be/jwCmIBJ8Jtc' }));
		expect(received.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /admin/v2/products/sku/TS-1/videos']);
		expect(received[0].body).toEqual({ video_url: 'https://youtu.be/jwCmIBJ8Jtc' });
	});

	test.each([
		[attach({ findBy: 'id', product: { __rl: true, mode: 'id', value: '1' }, video_url: 'https://vimeo.com/1' }), 'Video URL: "https://vimeo.com/1" is not a YouTube link'],
		[attach({ findBy: 'id', product: { __rl: true, mode: 'id', value: '1' }, video_url: 'youtube.com/watch?v=1' }), 'Video URL: "youtube.com/watch?v=1" is not a web address'],
		[attach({ findBy: 'sku', sku: 'TS-1', additionalFields: { alt: 'x' } }), 'Main Image and Alternative Text are not taken by SKU'],
	])('%#: bad input sends nothing', async (parameters, message) => {
		const { error } = await runSalla(parameters);
		expect(error?.message).toBe(message);
		expect(received).toEqual([]);
	});
});
