import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { loadWith, optionsFrom, searchList } from '../../common/search';

export const branchSearch = searchList('searchBranches', { path: '/branches', keyword: true });
/** The store's branches, for dropdowns of branch IDs. */
export const branchOptions = optionsFrom('getBranches', { path: '/branches', value: (branch) => branch.id as number });

/** A dropdown of the store's branches, named `name`, described by what the branch is for (`purpose`). */
export function branchDropdown(name: string, purpose: string): INodeProperties {
	return {
		displayName: 'Branch Name or ID',
		name,
		type: 'options',
		typeOptions: loadWith(branchOptions),
		default: '',
		description: `${purpose}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

export const branch = recordLocator({
	name: 'branch',
	displayName: 'Branch',
	noun: 'branch',
	example: '1846327032',
	search: branchSearch,
});
