import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** The feedback picker (Salla's `feedback_id`): the store's feedbacks, searched by their text. */
export const feedback = recordLocator({
	name: 'feedback_id',
	displayName: 'Review',
	noun: 'review',
	example: '1813247824',
	search: searchList('searchFeedbacks', {
		path: '/feedbacks',
		keyword: true,
		name: (feedback) => {
			const content = typeof feedback.content === 'string' ? feedback.content.trim() : '';
			const who = (feedback.customer as IDataObject | undefined)?.name;
			const text = content.length > 60 ? `${content.slice(0, 59)}…` : content;
			return `${who ? `${String(who)}: ` : ''}${text || `#${String(feedback.id)}`}`;
		},
	}),
});
