import { returnAllLimit } from '../../common/fields';
import { choiceFilter, filtersCollection, textFilter } from '../../common/filters';
import { defineOperation } from '../../common/operation';

/** GET /branches: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s branches and warehouses',
	action: 'Get many branches',
	method: 'GET',
	path: '/branches',
	scope: 'branches.read',
	list: true,
	fields: [
		...returnAllLimit(),
		filtersCollection([
			textFilter({
				name: 'branch_code',
				displayName: 'Branch Code',
				description: 'Only the branch with this code',
				placeholder: 'e.g. A12312',
			}),
			choiceFilter({
				name: 'is_default',
				displayName: 'Default Branch',
				description: 'Only the store\'s default branch, or only the others',
				options: [
					{ name: 'Default Branch Only', value: '1' },
					{ name: 'Other Branches Only', value: '0' },
				],
				default: '1',
			}),
			textFilter({
				name: 'keyword',
				displayName: 'Search',
				description: 'Only branches matching these words',
				placeholder: 'e.g. Main Branch',
			}),
		]),
	],
});
