import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { companies, companiesField, strategy, strategyFields } from './shared';

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
	if (fields.strategy_type !== undefined) body.strategy = strategy(this, fields);
	else if (fields.capacity_level !== undefined || fields.alternative_companies !== undefined) {
		throw inputError(this, 'Strategy is empty', 'Add Strategy to Default Route Fields: Salla takes the strategy whole.');
	}
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
