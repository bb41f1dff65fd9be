import { returnAllLimit } from '../../common/fields';
import { filtersCollection, textFilter, wholeNumberFilter } from '../../common/filters';
import { defineOperation } from '../../common/operation';

/** GET /carts/abandoned: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get carts that customers left without paying',
	action: 'Get many abandoned carts',
	method: 'GET',
	path: '/carts/abandoned',
	scope: 'carts.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			wholeNumberFilter({
				name: 'offset',
				displayName: 'Created Within (Minutes)',
				description:
					'Salla\'s offset: the carts created within (or before) this many minutes, for example 15',
				min: 1,
				default: 15,
			}),
			textFilter({
				name: 'keyword',
				displayName: 'Customer ID or Mobile',
				description: 'Only the carts of this customer: their customer ID or mobile number',
				placeholder: 'e.g. +966560000000',
			}),
		]),
	],
});
