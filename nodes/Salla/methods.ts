import { optionsFrom, searchList } from './common/search';

/**
 * The pickers the panel fills from the merchant's store: one line each. They go through the same
 * door as operations. `listSearch` serves "From list" of record locators, `loadOptions` dropdowns.
 */

export const listSearch = {
	// Salla's group list takes no search term: filtered here on the name or the exact ID.
	searchCustomerGroups: searchList({ path: '/customers/groups' }),
};

export const loadOptions = {
	/** Available Payment Methods (`GET /payment/methods`): the values are the slugs Salla expects. */
	getPaymentMethods: optionsFrom({
		path: '/payment/methods',
		value: (method) => (typeof method.slug === 'string' && method.slug !== '' ? method.slug : undefined),
		name: (method) => (typeof method.name === 'string' && method.name ? method.name : String(method.slug)),
		description: (method) => `Slug: ${String(method.slug)}`,
	}),
};
