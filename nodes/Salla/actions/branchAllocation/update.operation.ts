import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalNumber, optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { action, actionTypeField, allocation, branchesField, companyField, companyId, priorityField, rules, rulesField, singleBranchField, strategyField } from './shared';

/** PUT /branches/allocation/{Id}: only what is set is sent; Conditions, when given, replace the rule's. */
function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	const body: IDataObject = {};
	const name = optionalText(this, 'Name', fields.name);
	if (name) body.name = name;
	if (fields.company_id !== undefined && fields.company_id !== '') body.company_id = companyId(this, fields.company_id);
	const priority = optionalNumber(this, 'Priority', fields.priority, { min: 1, integer: true });
	if (priority !== undefined) body.priority = priority;
	const conditions = rules(this);
	if (conditions) body.rules = conditions;
	if (fields.action_type !== undefined) body.action = action(this, fields);
	else if (['branch_ids', 'strategy', 'single_branch_only'].some((key) => fields[key] !== undefined)) {
		throw inputError(this, 'Allocate To is empty', 'Add Allocate To to Update Fields: Salla takes the allocation whole (where to with its branches or strategy).');
	}
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a branch allocation rule\'s company, priority, conditions or branches',
	action: 'Update a branch allocation rule',
	method: 'PUT',
	path: '/branches/allocation/{allocation_id}',
	scope: 'branches.read_write',
	body: buildUpdate,
	changes: { where: 'Add a field to Update Fields, or Conditions', why: '' },
	postReceive: [unwrapData],
	fields: [
		allocation,
		updateFields([
			actionTypeField,
			branchesField,
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Riyadh orders' },
			priorityField,
			companyField,
			singleBranchField,
			strategyField,
		]),
		rulesField,
	],
});
