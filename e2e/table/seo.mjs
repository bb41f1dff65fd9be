// SEO (/seo, the store's settings): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { fixture, ok, readsOne } from '../../harness/salla-answers.mjs';

// the store's settings of the unit tests (test/fixtures/seo.json)
const { settings: SETTINGS } = fixture('seo');

export const operations = [
	readsOne('get', {}, '/seo', SETTINGS),
	{
		// only what is set is sent; Salla spells the sitemap refresh `refersh_sitemap`
		operation: 'update',
		parameters: { updateFields: { title: 'Cotton Co', friendly_urls_status: true, refersh_sitemap: true } },
		request: { method: 'PUT', path: '/seo', body: { title: 'Cotton Co', friendly_urls_status: true, refersh_sitemap: true } },
		answer: ok(SETTINGS),
		output: [SETTINGS],
	},
];
