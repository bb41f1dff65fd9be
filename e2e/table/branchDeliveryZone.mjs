// Branch Delivery Zone (/branches/delivery-zones): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const BRANCH = 525010325;
const ZONE = {
	id: 1473353380,
	status: true,
	branch_id: BRANCH,
	rules: { coverage: { enabled: true, method: 'radius', radius_meters: 5000, coordinates: null } },
};
const zone_id = byId(ZONE.id);

export const operations = [
	{
		operation: 'create',
		parameters: {
			branch_id: BRANCH,
			method: 'radius',
			radius_meters: 5000,
			working_hours: { period: [{ day: 'sunday', from: '08:00', to: '12:00' }, { day: 'sunday', from: '16:00', to: '23:00' }, { day: 'friday', closed: true }] },
		},
		request: {
			method: 'POST',
			path: '/branches/delivery-zones',
			body: {
				status: 1,
				branch_id: BRANCH,
				rules: {
					coverage: { enabled: true, method: 'radius', radius_meters: 5000, coordinates: null },
					working_hours: { sunday: { enabled: 'on', from: ['08:00', '16:00'], to: ['12:00', '23:00'] }, friday: { enabled: 'off' } },
				},
			},
		},
		answer: ok(ZONE, 201),
		output: [ZONE],
	},
	{
		operation: 'delete',
		parameters: { zone_id },
		request: { method: 'DELETE', path: `/branches/delivery-zones/${ZONE.id}` },
		answer: removed(),
		output: [{ id: ZONE.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { zone_id }, `/branches/delivery-zones/${ZONE.id}`, ZONE),
	readsPage('getAll', { returnAll: true, filters: { branch_id: BRANCH } }, firstPage('/branches/delivery-zones', { branch_id: String(BRANCH) }), [ZONE]),
	{
		operation: 'update',
		parameters: { zone_id, updateFields: { active: false } },
		request: { method: 'PUT', path: `/branches/delivery-zones/${ZONE.id}`, body: { status: 0 } },
		answer: ok({ ...ZONE, status: false }),
		output: [{ ...ZONE, status: false }],
	},
];

export const pickers = [
	{
		method: 'searchBranchDeliveryZones',
		parameters: { resource: 'branchDeliveryZone', operation: 'get' },
		path: 'zone_id',
		request: firstPage('/branches/delivery-zones'),
		answer: page([ZONE]),
		results: [{ name: `Zone ${ZONE.id} · branch ${BRANCH} · 5000 m radius`, value: String(ZONE.id) }],
	},
];
