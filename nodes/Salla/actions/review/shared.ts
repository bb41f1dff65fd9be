import { recordLocator } from '../../common/fields';

/** The feedback picker (Salla's `feedback_id`): the store's feedbacks, searched by their text. */
export const feedback = recordLocator({
	name: 'feedback_id',
	displayName: 'Review',
	noun: 'review',
	example: '1813247824',
	searchListMethod: 'searchFeedbacks',
});
