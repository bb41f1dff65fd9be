import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { requireBoolean } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { review } from './reviews';

/** PUT /reviews/{id} `{is_published}`: Salla answers the review as it now is. */
function buildPublished(this: IExecuteSingleFunctions): SallaBody {
	const hint = 'Turn Published on to show the review in the store, off to hide it.';
	return { is_published: requireBoolean(this, 'Published', this.getNodeParameter('is_published', true), hint) };
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Publish a review in the store, or hide it',
	action: 'Publish or unpublish a review',
	method: 'PUT',
	path: '/reviews/{review_id}',
	scope: 'reviews.read_write',
	body: buildPublished,
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
