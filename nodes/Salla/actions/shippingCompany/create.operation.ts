import { requireText } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a custom shipping company the store delivers with',
	action: 'Create a shipping company',
	method: 'POST',
	path: '/shipping/companies',
	scope: 'shipping.read_write',
	/** POST /shipping/companies: a custom shipping company (the store delivers with it by itself); `name` only. */
	body() {
		return {
			name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the shipping company\'s name, such as Riyadh Express.'),
		};
	},
	postReceive: [unwrapData],
	fields: [nameField],
});
