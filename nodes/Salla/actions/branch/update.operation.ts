import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { addressFields, branchBody, cityField, contactsField, countryField, locationFields, optionalBranchFields, typeField } from './fields';
import { branch } from './shared';
import { workingHours, workingHoursField } from './workingHours';
import { ACTIVE_STATUSES } from '../../common/vocabulary';

/** PUT /branches/{branch}: every field optional; only what is set is sent. */
function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	const body = branchBody(this, fields, (this.getNodeParameter('contacts', {}) as IDataObject) ?? {}, false);
	const hours = workingHours(this);
	if (hours) body.working_hours = hours;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a branch\'s details, address, contacts or working hours; make it the default',
	action: 'Update a branch',
	method: 'PUT',
	path: '/branches/{branch}',
	scope: 'branches.read_write',
	body: buildUpdate,
	changes: { where: 'Add at least one field to Update Fields, Contacts or Working Hours', why: '' },
	postReceive: [unwrapData],
	fields: [
		branch,
		updateFields(([
			...addressFields,
			{ ...cityField('getBranchUpdateCities', 'updateFields.country_id') },
			countryField,
			...locationFields,
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Riyadh Branch' },
			{ displayName: 'Status', name: 'status', type: 'options', options: [...ACTIVE_STATUSES], default: 'active' },
			typeField,
			...optionalBranchFields,
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
		contactsField,
		workingHoursField,
	],
});
