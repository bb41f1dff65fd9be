import { recordLocator } from '../../common/fields';

export const branch = recordLocator({
	name: 'branch',
	displayName: 'Branch',
	noun: 'branch',
	example: '1846327032',
	searchListMethod: 'searchBranches',
});
