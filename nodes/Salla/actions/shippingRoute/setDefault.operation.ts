import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { changedStrategy, companies, companiesField, strategyFields } from './shared';

/**
 * PATCH /shipping/routes/default: the store's default route (used when no other route applies). Its
 * `status` is a boolean here, unlike the 1/0 of the other routes.
 */
function buildDefault(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('defaultRouteFields', {}) as IDataObject) ?? {};
	const body: IDataObject = {};
	if (fields.active !== undefined) body.status = fields.active === true;
	const list = companies(this);
	if (list) body.companies = list;
	const plan = changedStrategy(this, fields, 'Default Route Fields');
	if (plan) body.strategy = plan;
	return body;
}

export const setDefault = defineOperation({
	value: 'updateDefault',
	name: 'Update Default Route',
	description: 'Turn the default route on or off and set its shipping companies and strategy',
	action: 'Update the default shipping route',
	method: 'PATCH',
	path: '/shipping/routes/default',
	scope: 'shipping.read_write',
	body: buildDefault,
	changes: { where: 'Add a field to Default Route Fields, or Shipping Companies', why: '' },
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Default Route Fields',
			name: 'defaultRouteFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: ([
				{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether checkout uses the default route' },
				...strategyFields,
			] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		companiesField,
	],
});
