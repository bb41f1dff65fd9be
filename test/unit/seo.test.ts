/**
 * SEO → Get and Update (the store's SEO settings).
 */
import { ACCESS_TOKEN, runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectNotSent, requestedPaths } from '../helpers/fixtures';
import seo from '../fixtures/seo.json';

// the store's settings, shared with the e2e table
const { settings } = seo;

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('SEO → Get', () => {
	test('outputs the settings', async () => {
		salla('get', '/seo', 200, { status: 200, success: true, data: settings });
		const { items, error } = await runSalla({ resource: 'seo', operation: 'get' });
		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/seo']);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(items).toEqual([{ json: settings, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 403 without the metadata scope is a NodeApiError', async () => {
		salla('get', '/seo', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'The access token should have access to one of those scopes: metadata.read' } });
		const { error } = await runSalla({ resource: 'seo', operation: 'get' });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.httpCode).toBe('403');
	});
});

describe('SEO → Update', () => {
	test('sends only what is set, in Salla\'s names (refersh_sitemap, sic)', async () => {
		salla('put', '/seo', 200, { status: 200, success: true, data: settings });
		const { items } = await runSalla({
			resource: 'seo',
			operation: 'update',
			updateFields: { title: ' Cotton Co ', keywords: 'cotton, t-shirts', friendly_urls_status: true, refersh_sitemap: false },
		});
		expect(requestedPaths()).toEqual(['PUT /admin/v2/seo']);
		expect(received[0].body).toEqual({ title: 'Cotton Co', keywords: 'cotton, t-shirts', friendly_urls_status: true, refersh_sitemap: false });
		expect(items).toEqual([{ json: settings, pairedItem: { item: 0 } }]);
	});

	test.each([
		['nothing set', {}, 'Nothing to update'],
		['Friendly URLs that is not true or false', { friendly_urls_status: '={{ "on" }}' }, 'Friendly URLs: "on" is not true or false'],
	])('bad input (%s) sends nothing', async (_case, updateFields, message) => expectNotSent({ resource: 'seo', operation: 'update', updateFields }, message));

	test('Salla\'s 422 is a NodeApiError naming the field', async () => {
		salla('put', '/seo', 422, { status: 422, success: false, error: { code: 'error', message: 'alert.invalid_fields', fields: { title: ['The title must be a string.'] } } });
		const { error } = await runSalla({ resource: 'seo', operation: 'update', updateFields: { title: 'x' } });
		expect(error?.message).toBe('Salla rejected the data (422): title: The title must be a string.');
	});
});
