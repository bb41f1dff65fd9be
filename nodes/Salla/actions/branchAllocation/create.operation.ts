import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalNumber, requireText } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { action, actionTypeField, branchesField, companyField, companyId, priorityField, rules, rulesField, singleBranchField, strategyField } from './shared';

/** POST /branches/allocation: which branch serves the orders of a shipping company that meet the conditions. */
function buildRule(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = {
		name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the rule a name, such as Riyadh orders.'),
		company_id: companyId(this, this.getNodeParameter('company_id', '')),
		priority: optionalNumber(this, 'Priority', this.getNodeParameter('priority', 1), { min: 1, integer: true }) ?? 1,
	};
	const conditions = rules(this);
	if (conditions) body.rules = conditions;
	body.action = action(this, {
		action_type: this.getNodeParameter('action_type', 'branch'),
		branch_ids: this.getNodeParameter('branch_ids', []),
		strategy: this.getNodeParameter('strategy', ''),
		single_branch_only: this.getNodeParameter('single_branch_only', false),
	});
	return body;
}

const forType = (type: string) => ({ show: { action_type: [type] } });

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a rule that sends a shipping company\'s orders to chosen branches or by a strategy',
	action: 'Create a branch allocation rule',
	method: 'POST',
	path: '/branches/allocation',
	scope: 'branches.read_write',
	body: buildRule,
	postReceive: [unwrapData],
	fields: [
		nameField,
		{ ...companyField, required: true },
		priorityField,
		actionTypeField,
		{ ...branchesField, displayOptions: forType('branch') },
		{ ...strategyField, displayOptions: forType('branches') },
		singleBranchField,
		rulesField,
	],
});
