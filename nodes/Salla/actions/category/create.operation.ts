import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { categoryBody, categoryFields, parentCategory } from './shared';

/** POST /categories: Name is required; everything else is sent only when set. */

async function sendCategory(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the category a name, for example "Shoes".');
	requestOptions.body = { name, ...categoryBody(this, 'additionalFields') };
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a category or a subcategory',
	action: 'Create a category',
	method: 'POST',
	path: '/categories',
	scope: 'categories.read_write',
	preSend: [sendCategory],
	postReceive: [unwrapData],
	fields: [
		nameField,
		parentCategory,
		additionalFields(categoryFields),
	],
});
