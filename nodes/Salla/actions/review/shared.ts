import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** A review's (or feedback's) text for a picker: its first 60 characters, or its ID when it has none. */
export function reviewExcerpt(record: IDataObject): string {
	const content = typeof record.content === 'string' ? record.content.trim() : '';
	return (content.length > 60 ? `${content.slice(0, 59)}…` : content) || `#${String(record.id)}`;
}

/** Who wrote a review (or feedback), when Salla says. */
export const reviewAuthor = (record: IDataObject) => (record.customer as IDataObject | undefined)?.name;

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
			const who = reviewAuthor(feedback);
			return `${who ? `${String(who)}: ` : ''}${reviewExcerpt(feedback)}`;
		},
	}),
});
