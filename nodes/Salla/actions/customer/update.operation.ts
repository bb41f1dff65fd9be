import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { DetailLocation } from './shared';
import { codeWithoutMobile, customer, customerBody, detailFields } from './shared';

/** PUT /customers/{customer}: Salla keeps what is not sent, so only what the user set is sent. */

const where: DetailLocation = {
	first_name: 'updateFields.first_name',
	last_name: 'updateFields.last_name',
	mobile_code_country: 'updateFields.mobile_code_country',
	mobile: 'updateFields.mobile',
	email: 'updateFields.email',
	gender: 'updateFields.gender',
	birthday: 'updateFields.birthday',
	groups: 'updateFields.groups',
};

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const body = customerBody(this, where);
	if (codeWithoutMobile(this, where)) {
		throw inputError(
			this,
			'Mobile Country Code is set without Mobile',
			'Salla takes the mobile number and its country code together: add Mobile too, or remove Mobile Country Code.',
		);
	}
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a customer\'s name, mobile, e-mail, gender, birthday or groups',
	action: 'Update a customer',
	method: 'PUT',
	path: '/customers/{customer}',
	scope: 'customers.read_write',
	body: buildChanges,
	changes: { where: 'Add at least one field in Update Fields', why: 'only the fields you set are sent to Salla, the others stay as they are' },
	postReceive: [unwrapData],
	fields: [
		customer,
		updateFields([
			detailFields.birthday,
			detailFields.groups,
			detailFields.email,
			detailFields.first_name,
			detailFields.gender,
			detailFields.last_name,
			detailFields.mobile,
			detailFields.mobile_code_country,
		]),
	],
});
