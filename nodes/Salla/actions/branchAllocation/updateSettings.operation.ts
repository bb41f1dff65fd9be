import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, requireId, toList, toNumber } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith, optionsFrom } from '../../common/search';
import { branchOptions } from '../branch/shared';
import { STRATEGIES } from './shared';

/** The store's scopes (markets, `GET /scopes`, which needs products.read), for multi-market stores. */
const storeScopeOptions = optionsFrom('getStoreScopes', { path: '/scopes', value: (scope) => scope.id as number });

/**
 * POST /branches/allocation/settings: how orders are given to branches store-wide. `scope_id` is
 * required only for stores with several markets; priorities only for the Priority strategy, numbered
 * 1, 2, 3… without gaps.
 */
function buildSettings(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = { strategy: oneOf(this, 'Strategy', this.getNodeParameter('strategy', ''), STRATEGIES) };
	const scope = this.getNodeParameter('scope_id', '');
	if (scope !== '' && scope !== undefined && scope !== null) body.scope_id = requireId(this, 'Store Scope Name or ID', scope, '1473353380');
	if (body.strategy === 'priority') {
		const rows = toList(this.getNodeParameter('priorities.branch', [])) as IDataObject[];
		if (!rows.length) throw inputError(this, 'Branch Priorities is empty', 'Give each branch its place (1 first) for the Priority strategy.');
		const seen = new Set<number>();
		body.priorities = rows.map((row, index) => {
			const label = `Branch Priority ${index + 1}`;
			const branch = requireId(this, `${label}: Branch Name or ID`, row.branch_id, '1937885067');
			if (seen.has(branch)) throw inputError(this, `${label}: the branch is listed twice`, 'List each branch once.');
			seen.add(branch);
			const priority = optionalNumber(this, `${label}: Priority`, row.priority, { min: 1, integer: true });
			if (priority === undefined) throw inputError(this, `${label}: Priority is empty`, 'Give the branch\'s place, 1 first.');
			return { branch_id: branch, priority };
		});
		const places = (body.priorities as IDataObject[]).map((row) => toNumber(row.priority) as number).sort((a, b) => a - b);
		if (places.some((place, index) => place !== index + 1)) {
			throw inputError(this, `Branch Priorities: ${places.join(', ')} is not 1 to ${places.length}`, 'Number the branches 1, 2, 3… without gaps or repeats.');
		}
	}
	return body;
}

const prioritiesField: INodeProperties = {
	displayName: 'Branch Priorities',
	name: 'priorities',
	type: 'fixedCollection',
	placeholder: 'Add Branch',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The order branches are tried in: 1 first, numbered without gaps',
	displayOptions: { show: { strategy: ['priority'] } },
	options: [
		{
			displayName: 'Branch',
			name: 'branch',
			values: [
				{
					displayName: 'Branch Name or ID',
					name: 'branch_id',
					type: 'options',
					typeOptions: loadWith(branchOptions),
					default: '',
					description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1 },
			],
		},
	],
};

export const updateSettings = defineOperation({
	value: 'updateSettings',
	name: 'Update Settings',
	description: 'Set how orders are given to branches and which branch\'s stock is used first',
	action: 'Update branch allocation settings',
	method: 'POST',
	path: '/branches/allocation/settings',
	scope: 'branches.read_write',
	body: buildSettings,
	postReceive: [unwrapData],
	fields: [
		{ displayName: 'Strategy', name: 'strategy', type: 'options', options: [...STRATEGIES], default: 'priority', description: 'How a branch is picked for an order' },
		prioritiesField,
		{
			displayName: 'Store Scope Name or ID',
			name: 'scope_id',
			type: 'options',
			typeOptions: loadWith(storeScopeOptions),
			default: '',
			description: 'The market the settings are for (stores with several markets only). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});
