import { optionLocator } from '../productOption/shared';

/** The option whose values the Value list shows; not sent, so it may be left empty. */
export const optionForList = optionLocator({
	required: false,
	description: 'The option whose values the Value list shows (not needed when giving the value ID)',
});
