import { recordLocator } from '../../common/fields';
import { optionsFrom, searchList } from '../../common/search';

export const branchSearch = searchList('searchBranches', { path: '/branches', keyword: true });
/** The store's branches, for dropdowns of branch IDs. */
export const branchOptions = optionsFrom('getBranches', { path: '/branches', value: (branch) => branch.id as number });

export const branch = recordLocator({
	name: 'branch',
	displayName: 'Branch',
	noun: 'branch',
	example: '1846327032',
	search: branchSearch,
});
