import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { brand, brandBody, brandFields } from './shared';

/**
 * PUT /brands/{brand}: sends only what the user set. The page's schema marks every field required,
 * but its own text says every field is optional and at least one must be sent: that is what is checked.
 */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const body = brandBody(this, 'updateFields');
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a brand\'s name, logo, banner, description or SEO',
	action: 'Update a brand',
	method: 'PUT',
	path: '/brands/{brand}',
	scope: 'brands.read_write',
	body: buildChanges,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		brand,
		updateFields(([
			...brandFields,
			{
				displayName: 'Logo URL',
				name: 'logo',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://cdn.example.com/brands/zara.png',
				description: 'Web address of the brand\'s new logo image',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Zara',
				description: 'The brand\'s new name',
			},
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
