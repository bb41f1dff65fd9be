import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { workingHours, workingHoursField } from '../branch/workingHours';
import { branchField, branchId, coverage, deliveryZone, METHODS, pointsField, radiusField } from './shared';

/**
 * PUT /branches/delivery-zones/{zone_id}: every field optional. A new area is sent whole (enabled,
 * method and its radius or points), so Coverage Method is what sends one.
 */
function buildUpdate(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	const body: IDataObject = {};
	if (fields.active !== undefined) body.status = fields.active === true ? 1 : 0;
	if (fields.branch_id !== undefined && fields.branch_id !== '') body.branch_id = branchId(this, fields.branch_id);
	const rules: IDataObject = {};
	if (fields.method !== undefined) {
		rules.coverage = coverage(this, fields.method, fields.coverage_enabled !== false, fields.radius_meters);
	} else if (fields.coverage_enabled !== undefined || fields.radius_meters !== undefined) {
		throw inputError(this, 'Coverage Method is empty', 'Add Coverage Method to Update Fields: Salla takes the area whole (method with its radius or points).');
	}
	const hours = workingHours(this);
	if (hours) rules.working_hours = hours;
	if (Object.keys(rules).length) body.rules = rules;
	return body;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a delivery zone\'s branch, area, status or hours',
	action: 'Update a branch delivery zone',
	method: 'PUT',
	path: '/branches/delivery-zones/{zone_id}',
	scope: 'branches.read_write',
	body: buildUpdate,
	changes: { where: 'Add a field to Update Fields, or Working Hours', why: '' },
	postReceive: [unwrapData],
	fields: [
		deliveryZone,
		updateFields([
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the zone is in use' },
			branchField,
			{ displayName: 'Coverage Active', name: 'coverage_enabled', type: 'boolean', default: true, description: 'Whether deliveries to the area are on' },
			{ displayName: 'Coverage Method', name: 'method', type: 'options', options: [...METHODS], default: 'radius', description: 'A new area: Radius uses Radius (Meters), Polygon the Area Points below' },
			{ ...radiusField, description: 'How far from the branch it delivers (Coverage Method Radius)' },
		]),
		{ ...pointsField, description: 'The corners of a new area (Coverage Method Polygon), in order around it (at least 3)' },
		workingHoursField,
	],
});
