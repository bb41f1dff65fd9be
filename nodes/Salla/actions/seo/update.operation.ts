import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalBoolean, optionalTexts } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';

/** PUT /seo: only the settings the user set are sent. */
function buildSettings(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body = optionalTexts(this, fields, [
		['title', 'Title'],
		['description', 'Description'],
		['keywords', 'Keywords'],
	]);
	for (const [key, label] of [
		['friendly_urls_status', 'Friendly URLs'],
		['refersh_sitemap', 'Refresh Sitemap'],
	] as const) {
		const on = optionalBoolean(this, label, fields[key]);
		if (on !== undefined) body[key] = on;
	}
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change the store\'s SEO title, description, keywords or friendly URLs',
	action: 'Update the SEO settings',
	method: 'PUT',
	path: '/seo',
	scope: 'metadata.read_write',
	body: buildSettings,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		updateFields([
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'The store\'s description for search engines',
			},
			{
				displayName: 'Friendly URLs',
				name: 'friendly_urls_status',
				type: 'boolean',
				default: true,
				description: 'Whether pages get readable addresses (SEO URLs) rather than IDs',
			},
			{
				displayName: 'Keywords',
				name: 'keywords',
				type: 'string',
				default: '',
				placeholder: 'e.g. cotton, t-shirts',
				description: 'The store\'s keywords for search engines',
			},
			{
				displayName: 'Refresh Sitemap',
				name: 'refersh_sitemap',
				type: 'boolean',
				default: true,
				description: 'Whether Salla rebuilds the sitemap search engines read',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'The store\'s title for search engines',
			},
		]),
	],
});
