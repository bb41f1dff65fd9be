import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * POST /products/tags?tag_name=…: Salla takes the name in the query string, not a body, and answers
 * with the tag in a list (`data: [{id, name}]`): one output item per tag it returns.
 */
async function sendTagName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = requireText(this, 'Tag Name', this.getNodeParameter('tag_name', ''), 'Give the tag a name, for example "Summer Sale".');
	return { ...requestOptions, qs: { ...requestOptions.qs, tag_name: name } };
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a product tag, to group products into collections',
	action: 'Create a product tag',
	method: 'POST',
	path: '/products/tags',
	scope: 'products.read_write',
	preSend: [sendTagName],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Tag Name',
			name: 'tag_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Summer Sale',
			description: 'The tag\'s name as the dashboard shows it',
		},
	],
});
