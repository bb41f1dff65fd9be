import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { addressFields, branchBody, cityField, contactsField, countryField, locationFields, optionalBranchFields, typeField } from './fields';
import { workingHours, workingHoursField } from './workingHours';

/**
 * POST /branches. Salla requires name, type, country_id, city_id, location, address_description,
 * street, local, postal_code and contacts, and working hours for a branch (not for a warehouse).
 */
function buildBranch(this: IExecuteSingleFunctions): SallaBody {
	const values: IDataObject = {};
	for (const key of ['name', 'type', 'country_id', 'city_id', 'lat', 'lng', 'address_description', 'street', 'local', 'postal_code']) {
		values[key] = this.getNodeParameter(key, '');
	}
	const extra = (this.getNodeParameter('additionalFields', {}) as IDataObject) ?? {};
	const body = branchBody(this, { ...extra, ...values }, (this.getNodeParameter('contacts', {}) as IDataObject) ?? {}, true);
	const hours = workingHours(this);
	if (hours) body.working_hours = hours;
	else if (body.type === 'branch') {
		throw inputError(this, 'Working Hours is empty', 'Salla needs the opening hours of a branch: add a period for each day it opens (or choose Type Warehouse).');
	}
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a branch or warehouse with its address, contacts and working hours',
	action: 'Create a branch',
	method: 'POST',
	path: '/branches',
	scope: 'branches.read_write',
	body: buildBranch,
	postReceive: [unwrapData],
	fields: [
		nameField,
		typeField,
		{ ...countryField, required: true },
		{ ...cityField('getBranchCities', 'country_id'), required: true },
		...locationFields.map((field) => ({ ...field, required: true })),
		...addressFields.map((field) => ({ ...field, required: true })),
		contactsField,
		workingHoursField,
		additionalFields(optionalBranchFields),
	],
});
