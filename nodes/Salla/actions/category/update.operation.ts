import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { category, categoryBody, categoryFields, parentCategory } from './shared';

/** PUT /categories/{category}: sends only what the user set. */

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const body = categoryBody(this, 'updateFields');
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a category\'s name, parent, image, order, status or SEO',
	action: 'Update a category',
	method: 'PUT',
	path: '/categories/{category}',
	scope: 'categories.read_write',
	body: buildChanges,
	changes: { where: 'Choose a Parent Category, or add a field under Update Fields' },
	postReceive: [unwrapData],
	fields: [
		category,
		{ ...parentCategory, description: 'Move the category under another one. Leave empty to keep its place.' },
		updateFields([
			...categoryFields.slice(0, 1),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Shoes',
				description: 'The category\'s new name',
			},
			...categoryFields.slice(1),
		]),
	],
});
