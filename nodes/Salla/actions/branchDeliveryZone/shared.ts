import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, requireId, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { branchDropdown } from '../branch/shared';

/** What the Branch Delivery Zone operations share: the picker, the coverage fields and their checks. */

export const deliveryZoneSearch = searchList('searchBranchDeliveryZones', {
	path: '/branches/delivery-zones',
	name: (zone) => {
		const coverage = ((zone.rules as IDataObject | undefined)?.coverage as IDataObject | undefined) ?? {};
		const area = coverage.method === 'radius' && coverage.radius_meters ? `${String(coverage.radius_meters)} m radius` : coverage.method;
		return [`Zone ${String(zone.id)}`, zone.branch_id ? `branch ${String(zone.branch_id)}` : '', area ? String(area) : ''].filter(Boolean).join(' · ');
	},
});

export const deliveryZone = recordLocator({
	name: 'zone_id',
	displayName: 'Delivery Zone',
	noun: 'delivery zone',
	shortNoun: 'zone',
	example: '1473353380',
	search: deliveryZoneSearch,
});

export const METHODS = [
	{ name: 'Radius', value: 'radius', description: 'A circle around the branch' },
	{ name: 'Polygon', value: 'polygon', description: 'An area drawn by its corner points' },
] as const;

export const branchField: INodeProperties = branchDropdown('branch_id', 'The branch that delivers in the zone');

export const radiusField: INodeProperties = {
	displayName: 'Radius (Meters)',
	name: 'radius_meters',
	type: 'number',
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1000,
	description: 'How far from the branch it delivers',
};

export const pointsField: INodeProperties = {
	displayName: 'Area Points',
	name: 'coordinates',
	type: 'fixedCollection',
	placeholder: 'Add Point',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	description: 'The corners of the area, in order around it (at least 3)',
	options: [
		{
			displayName: 'Point',
			name: 'point',
			values: [
				{ displayName: 'Latitude', name: 'lat', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'From -90 to 90' },
				{ displayName: 'Longitude', name: 'lng', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'From -180 to 180' },
			],
		},
	],
};

/**
 * Salla's `rules.coverage`: enabled, method, and the radius or the points (the other one null, as the
 * schema lists all four).
 */
export function coverage(context: IExecuteSingleFunctions, rawMethod: unknown, enabled: boolean, radius: unknown): IDataObject {
	const method = oneOf(context, 'Coverage Method', rawMethod, METHODS);
	if (method === 'radius') {
		const meters = optionalNumber(context, 'Radius (Meters)', radius, { min: 1, integer: true });
		if (meters === undefined) throw inputError(context, 'Radius (Meters) is empty', 'Give how far from the branch it delivers, in meters, such as 5000.');
		return { enabled, method, radius_meters: meters, coordinates: null };
	}
	const rows = toList(context.getNodeParameter('coordinates.point', [])) as IDataObject[];
	if (rows.length < 3) {
		throw inputError(context, `Area Points: ${rows.length} ${rows.length === 1 ? 'point' : 'points'} do not make an area`, 'Give at least 3 points, in order around the area.');
	}
	const points = rows.map((row, index) => {
		const lat = optionalNumber(context, `Area Point ${index + 1}: Latitude`, row.lat, { min: -90, max: 90 });
		const lng = optionalNumber(context, `Area Point ${index + 1}: Longitude`, row.lng, { min: -180, max: 180 });
		if (lat === undefined || lng === undefined) {
			throw inputError(context, `Area Point ${index + 1}: Latitude and Longitude go together`, 'Give both coordinates of every point.');
		}
		return { lat, lng };
	});
	return { enabled, method, radius_meters: null, coordinates: points };
}

export const branchId = (context: IExecuteSingleFunctions, raw: unknown) => requireId(context, 'Branch Name or ID', raw, '525010325');
