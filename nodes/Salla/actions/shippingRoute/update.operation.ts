import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { oneOf, optionalNumber, optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { conditionMatchField, conditions, conditionsField, readMatch } from './conditions';
import { branded, brandedField, changedStrategy, companies, companiesField, route, ROUTE_TYPES, strategyFields } from './shared';

/** PATCH /shipping/routes/{id}: only what is set is sent; companies and conditions, when given, replace the route's. */
function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	const body: IDataObject = {};
	const name = optionalText(this, 'Name', fields.name);
	if (name) body.name = name;
	if (fields.type !== undefined) body.type = oneOf(this, 'Type', fields.type, ROUTE_TYPES);
	if (fields.active !== undefined) body.status = fields.active === true ? 1 : 0;
	const priority = optionalNumber(this, 'Priority', fields.priority, { min: 1, integer: true });
	if (priority !== undefined) body.priority = priority;
	const brand = branded(this, (this.getNodeParameter('branded', {}) as IDataObject) ?? {}, false);
	if (brand) body.branded = brand;
	const list = companies(this);
	if (list) body.companies = list;
	if (fields.condition_match !== undefined) body.condition_match = readMatch(this, fields.condition_match);
	const rules = conditions(this);
	if (rules) body.conditions = rules;
	const plan = changedStrategy(this, fields, 'Update Fields');
	if (plan) body.strategy = plan;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a shipping route\'s name, status, companies, conditions or strategy',
	action: 'Update a shipping route',
	method: 'PATCH',
	path: '/shipping/routes/{route_id}',
	scope: 'shipping.read_write',
	body: buildUpdate,
	changes: { where: 'Add a field to Update Fields, Branded Delivery, Shipping Companies or Conditions', why: '' },
	postReceive: [unwrapData],
	fields: [
		route,
		updateFields(([
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether checkout uses the route' },
			conditionMatchField,
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Riyadh express' },
			{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, default: 1, description: 'The route\'s place among routes (1 first)' },
			{ displayName: 'Type', name: 'type', type: 'options', options: [...ROUTE_TYPES], default: 'normal' },
			...strategyFields,
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
		brandedField,
		companiesField,
		conditionsField,
	],
});
