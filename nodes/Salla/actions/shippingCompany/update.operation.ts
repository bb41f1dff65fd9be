import { requireText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { shippingCompany } from './shared';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Rename a custom shipping company (companies of shipping apps cannot be changed)',
	action: 'Update a shipping company',
	method: 'PUT',
	path: '/shipping/companies/{company_id}',
	scope: 'shipping.read_write',
	/**
	 * PUT /shipping/companies/{company_id}: renames a custom shipping company. Salla refuses companies
	 * activated through an app (`activation_type` api).
	 */
	body() {
		return {
			name: requireText(this, 'New Name', this.getNodeParameter('new_name', ''), 'Give the shipping company\'s new name, such as Riyadh Express.'),
		};
	},
	postReceive: [unwrapData],
	fields: [
		shippingCompany,
		{
			displayName: 'New Name',
			name: 'new_name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Riyadh Express',
			description: 'The name the store and its customers see',
		},
	],
});
