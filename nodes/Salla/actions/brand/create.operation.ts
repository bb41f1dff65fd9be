import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalUrl, requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { brandBody, brandFields } from './shared';

/**
 * POST /brands: Name and Logo are required. The logo is sent as a web address in a JSON body, as the
 * page's schema describes it (the page also mentions multipart/form-data: file uploads are not offered).
 */

function buildBrand(this: IExecuteSingleFunctions): SallaBody {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the brand a name, for example "Zara".');
	const logo = optionalUrl(this, 'Logo URL', this.getNodeParameter('logo', ''));
	if (!logo) {
		throw inputError(
			this,
			'Logo URL is empty',
			'Salla requires a logo for every brand: give the web address of the logo image, starting with https://.',
		);
	}
	return { name, logo, ...brandBody(this, 'additionalFields') };
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a brand with its logo',
	action: 'Create a brand',
	method: 'POST',
	path: '/brands',
	scope: 'brands.read_write',
	body: buildBrand,
	postReceive: [unwrapData],
	fields: [
		nameField,
		{
			displayName: 'Logo URL',
			name: 'logo',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://cdn.example.com/brands/zara.png',
			description: 'Web address of the brand\'s logo image; Salla fetches it from there',
		},
		additionalFields(brandFields),
	],
});
