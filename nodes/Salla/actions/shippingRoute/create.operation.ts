import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, requireText } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { conditionMatchField, conditions, conditionsField, readMatch } from './conditions';
import { branded, brandedField, companies, companiesField, ROUTE_TYPES, strategy, strategyFields } from './shared';

/**
 * POST /shipping/routes. Salla requires name, type, status (1 or 0), priority, companies and strategy,
 * and the branded settings for a Branded route.
 */
function buildRoute(this: IExecuteSingleFunctions): SallaBody {
	const type = oneOf(this, 'Type', this.getNodeParameter('type', 'normal'), ROUTE_TYPES);
	const body: IDataObject = {
		name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the route a name, such as Riyadh express.'),
		type,
		status: this.getNodeParameter('active', true) === true ? 1 : 0,
	};
	const priority = optionalNumber(this, 'Priority', this.getNodeParameter('priority', ''), { min: 1, integer: true });
	if (priority === undefined) throw inputError(this, 'Priority is empty', 'Give the route\'s place among routes, 1 first.');
	body.priority = priority;
	if (type === 'branded') body.branded = branded(this, (this.getNodeParameter('branded', {}) as IDataObject) ?? {}, true);
	const list = companies(this);
	if (!list) throw inputError(this, 'Shipping Companies is empty', 'Add at least one shipping company to the route.');
	body.companies = list;
	const rules = conditions(this);
	if (rules) {
		body.condition_match = readMatch(this, this.getNodeParameter('condition_match', 'all'));
		body.conditions = rules;
	}
	body.strategy = strategy(this, {
		strategy_type: this.getNodeParameter('strategy_type', 'default'),
		capacity_level: this.getNodeParameter('capacity_level', ''),
		alternative_companies: this.getNodeParameter('alternative_companies', []),
	});
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a shipping route: which shipping companies checkout offers, when, and how one is picked',
	action: 'Create a shipping route',
	method: 'POST',
	path: '/shipping/routes',
	scope: 'shipping.read_write',
	body: buildRoute,
	postReceive: [unwrapData],
	fields: [
		nameField,
		{ displayName: 'Type', name: 'type', type: 'options', options: [...ROUTE_TYPES], default: 'normal' },
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether checkout uses the route' },
		{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 }, required: true, default: 1, description: 'The route\'s place among routes (1 first)' },
		{ ...brandedField, displayOptions: { show: { type: ['branded'] } } },
		companiesField,
		...strategyFields,
		conditionMatchField,
		conditionsField,
	],
});
