import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import type { DetailLocation } from './shared';
import { customerBody, detailFields } from './shared';

/**
 * POST /customers. Salla's schema marks no field required; a customer with nothing at all is
 * refused here. Salla answers 200 with the new customer.
 */

const where: DetailLocation = {
	first_name: 'first_name',
	last_name: 'last_name',
	mobile_code_country: 'mobile_code_country',
	mobile: 'mobile',
	email: 'additionalFields.email',
	gender: 'additionalFields.gender',
	birthday: 'additionalFields.birthday',
	groups: 'additionalFields.groups',
};

function buildCustomer(this: IExecuteSingleFunctions): SallaBody {
	const body = customerBody(this, where);
	if (!Object.keys(body).length) {
		throw inputError(
			this,
			'Nothing to create the customer from',
			'Give at least the customer\'s name and mobile number (or e-mail).',
		);
	}
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a customer to the store',
	action: 'Create a customer',
	method: 'POST',
	path: '/customers',
	scope: 'customers.read_write',
	body: buildCustomer,
	postReceive: [unwrapData],
	fields: [
		detailFields.first_name,
		detailFields.last_name,
		detailFields.mobile_code_country,
		detailFields.mobile,
		additionalFields([detailFields.birthday, detailFields.groups, detailFields.email, detailFields.gender]),
	],
});
