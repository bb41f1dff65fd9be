import { recordLocator } from '../../common/fields';

export const cart = recordLocator({
	name: 'cart',
	displayName: 'Abandoned Cart',
	noun: 'cart',
	example: '1563287461',
	searchListMethod: 'searchAbandonedCarts',
});
