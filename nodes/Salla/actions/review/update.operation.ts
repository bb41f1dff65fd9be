import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { review } from './reviews';

/** PUT /reviews/{id} `{is_published}`: Salla answers the review as it now is. */
async function sendPublished(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('is_published', true) as unknown;
	const published = raw === true || raw === 'true' ? true : raw === false || raw === 'false' ? false : undefined;
	if (published === undefined) {
		throw inputError(this, `Published: "${String(raw)}" is not true or false`, 'Turn Published on to show the review in the store, off to hide it.');
	}
	requestOptions.body = { is_published: published };
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Publish a review in the store, or hide it',
	action: 'Publish or unpublish a review',
	method: 'PUT',
	path: '/reviews/{review_id}',
	scope: 'reviews.read_write',
	preSend: [sendPublished],
	postReceive: [unwrapData],
	fields: [
		review,
		{
			displayName: 'Published',
			name: 'is_published',
			type: 'boolean',
			default: true,
			description: 'Whether customers see the review in the store',
		},
	],
});
