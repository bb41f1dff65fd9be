import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { categoryBody, categoryFields, parentCategory } from './shared';

/** POST /categories: Name is required; everything else is sent only when set. */

function buildCategory(this: IExecuteSingleFunctions): SallaBody {
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the category a name, for example "Shoes".');
	return { name, ...categoryBody(this, 'additionalFields') };
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a category or a subcategory',
	action: 'Create a category',
	method: 'POST',
	path: '/categories',
	scope: 'categories.read_write',
	body: buildCategory,
	postReceive: [unwrapData],
	fields: [
		nameField,
		parentCategory,
		additionalFields(categoryFields),
	],
});
