import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';

/** POST /orders/{order}/tags `{tag_name}`: Salla answers with the tag `{id, name}`. */

function buildTag(this: IExecuteSingleFunctions): SallaBody {
	const tag = requireText(this, 'Tag', this.getNodeParameter('tag_name', ''), 'Give the tag to add, for example "paid".');
	return { tag_name: tag };
}

export const addTag = defineOperation({
	value: 'addTag',
	name: 'Add Tag',
	description: 'Tag an order, for example "paid" or "gift"',
	action: 'Add a tag to an order',
	method: 'POST',
	path: '/orders/{order}/tags',
	scope: 'orders.read_write',
	body: buildTag,
	postReceive: [unwrapData],
	fields: [
		order,
		{
			displayName: 'Tag',
			name: 'tag_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. paid',
			description: 'The tag\'s name; Salla creates the tag if the store does not have it yet',
		},
	],
});
