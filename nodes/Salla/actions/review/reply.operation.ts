import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { requireText } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { feedback } from './shared';

const readComment = (context: IExecuteSingleFunctions) =>
	requireText(context, 'Reply', context.getNodeParameter('comment', ''), 'Write the reply customers will see under the review.');

/** Salla answers 201 `{data: {reply: <id>}}`: the output says which review got which reply. */
async function outputReply(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = ((response.body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	return [{ json: { feedback_id: readRecordId(this, feedback), reply_id: data.reply ?? null, comment: readComment(this) } }];
}

/** POST /feedbacks/{feedback_id}/reply. */
export const reply = defineOperation({
	value: 'reply',
	name: 'Reply',
	description: 'Reply publicly to a review or question. Salla allows this for approved apps only.',
	action: 'Reply to a review',
	method: 'POST',
	path: '/feedbacks/{feedback_id}/reply',
	scope: 'reviews.read_write',
	approvedAppsOnly: 'Salla lets only apps it has approved reply to reviews and questions.',
	body() {
		return { comment: readComment(this) };
	},
	postReceive: [outputReply],
	fields: [
		feedback,
		{
			displayName: 'Reply',
			name: 'comment',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			placeholder: 'e.g. Thank you for your review!',
			description: 'The store\'s answer, shown under the review. Salla accepts replies only from apps it has approved for this.',
		},
	],
});
