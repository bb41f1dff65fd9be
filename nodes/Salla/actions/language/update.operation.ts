import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { oneOf, optionalNumber } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { language } from './shared';

/**
 * PUT /languages/{locale} `{status, sort_order}`: enable or disable a language, or move it. Salla
 * requires one of the two; only what the user set is sent.
 */

const statuses = [
	{ name: 'Disabled', value: 'disabled' },
	{ name: 'Enabled', value: 'enabled' },
];

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.status !== undefined && fields.status !== '') {
		body.status = oneOf(this, 'Status', fields.status, statuses) === 'enabled';
	}
	const order = optionalNumber(this, 'Position', fields.sort_order, { integer: true, min: 0 });
	if (order !== undefined) body.sort_order = order;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Enable or disable a store language, or change its position',
	action: 'Update a language',
	method: 'PUT',
	path: '/languages/{language}',
	scope: 'metadata.read_write',
	body: buildChanges,
	changes: { where: 'Add Status or Position under Update Fields', why: 'Salla needs at least one of them' },
	postReceive: [unwrapData],
	fields: [
		language,
		updateFields([
			{
				displayName: 'Position',
				name: 'sort_order',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 0 },
				default: 1,
				description: 'Where the language appears in the store\'s language menu',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: statuses,
				default: 'enabled',
				description: 'Whether shoppers can choose the language',
			},
		]),
	],
});
