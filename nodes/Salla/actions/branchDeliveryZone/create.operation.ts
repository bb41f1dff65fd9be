import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { workingHours, workingHoursField } from '../branch/workingHours';
import { branchField, branchId, coverage, METHODS, pointsField, radiusField } from './shared';

/** POST /branches/delivery-zones: the area a branch delivers to, as a radius or a polygon, with its hours. */
function buildZone(this: IExecuteSingleFunctions): SallaBody {
	const rules: IDataObject = {
		coverage: coverage(this, this.getNodeParameter('method', 'radius'), this.getNodeParameter('coverage_enabled', true) === true, this.getNodeParameter('radius_meters', '')),
	};
	const hours = workingHours(this);
	if (hours) rules.working_hours = hours;
	return {
		// The schema takes status as an integer (1 active, 0 inactive).
		status: this.getNodeParameter('active', true) === true ? 1 : 0,
		branch_id: branchId(this, this.getNodeParameter('branch_id', '')),
		rules,
	};
}

const forMethod = (method: string) => ({ show: { method: [method] } });

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Set the area a branch delivers to, as a radius around it or a drawn area',
	action: 'Create a branch delivery zone',
	method: 'POST',
	path: '/branches/delivery-zones',
	scope: 'branches.read_write',
	body: buildZone,
	postReceive: [unwrapData],
	fields: [
		{ ...branchField, required: true },
		{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the zone is in use' },
		{ displayName: 'Coverage Method', name: 'method', type: 'options', options: [...METHODS], default: 'radius' },
		{ ...radiusField, displayOptions: forMethod('radius') },
		{ ...pointsField, displayOptions: forMethod('polygon') },
		{ displayName: 'Coverage Active', name: 'coverage_enabled', type: 'boolean', default: true, description: 'Whether deliveries to the area are on' },
		workingHoursField,
	],
});
