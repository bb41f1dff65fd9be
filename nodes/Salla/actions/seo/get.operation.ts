import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/** GET /seo: the store's title, description, keywords, sitemap URL and friendly-URL setting. */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get the store\'s SEO settings',
	action: 'Get the SEO settings',
	method: 'GET',
	path: '/seo',
	scope: 'metadata.read',
	postReceive: [unwrapData],
});
