import { returnAllLimit } from '../../common/fields';
import { choiceFilter, filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { ACTIVE_STATUSES } from '../../common/vocabulary';

/** GET /payment/banks: the store's bank accounts for receiving payments. */
export const getBanks = defineOperation({
	value: 'getBanks',
	name: 'Get Many Banks',
	description: 'Get the bank accounts the store receives payments in',
	action: 'Get many bank accounts',
	method: 'GET',
	path: '/payment/banks',
	scope: 'payments.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			choiceFilter({
				name: 'status',
				displayName: 'Status',
				description: 'Only active or only inactive accounts',
				options: [...ACTIVE_STATUSES],
				default: 'active',
			}),
		]),
	],
});
