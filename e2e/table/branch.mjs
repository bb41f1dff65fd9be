// Branch (/branches): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { byId, firstPage, fixture, keywordSearch, ok, page, readsOne, readsPage, removed } from '../../harness/salla-answers.mjs';

const BRANCH = { id: 1473353380, name: 'Riyadh warehouse', is_default: true };
const { saudiArabia: SAUDI_ARABIA, riyadh: RIYADH } = fixture('places');
const OLAYA = {
	id: 1846327032,
	name: 'Riyadh',
	type: 'branch',
	status: 'active',
	location: { lat: '24.7136', lng: '46.6753' },
	is_default: false,
};
const branch = byId(OLAYA.id);

export const operations = [
	{
		operation: 'create',
		parameters: {
			name: 'Riyadh',
			type: 'branch',
			country_id: SAUDI_ARABIA,
			city_id: RIYADH,
			lat: 24.7136,
			lng: 46.6753,
			address_description: 'Next to Olaya Mall',
			street: 'King Fahd Road',
			local: 'Olaya',
			postal_code: '21957',
			contacts: { phone: '+966508265874' },
			working_hours: { period: [{ day: 'sunday', from: '08:00', to: '17:00' }] },
		},
		request: {
			method: 'POST',
			path: '/branches',
			body: {
				name: 'Riyadh',
				type: 'branch',
				country_id: SAUDI_ARABIA,
				city_id: RIYADH,
				location: '24.7136,46.6753',
				address_description: 'Next to Olaya Mall',
				street: 'King Fahd Road',
				local: 'Olaya',
				postal_code: '21957',
				contacts: { phone: '+966508265874' },
				working_hours: { sunday: { enabled: 'on', from: ['08:00'], to: ['17:00'] } },
			},
		},
		answer: ok(OLAYA, 201),
		output: [OLAYA],
	},
	{
		operation: 'delete',
		parameters: { branch },
		request: { method: 'DELETE', path: `/branches/${OLAYA.id}` },
		answer: removed(),
		output: [{ id: OLAYA.id, deleted: true, message: 'The Object has been removed successfully' }],
	},
	readsOne('get', { branch: byId(BRANCH.id) }, `/branches/${BRANCH.id}`, BRANCH),
	readsPage('getAll', { limit: 1, filters: { keyword: 'Riyadh' } }, firstPage('/branches', { keyword: 'Riyadh' }, 1), [BRANCH]),
	{
		operation: 'setDefault',
		parameters: { branch },
		request: { method: 'PUT', path: `/branches/${OLAYA.id}`, body: { is_default: true } },
		answer: ok({ ...OLAYA, is_default: true }),
		output: [{ ...OLAYA, is_default: true }],
	},
	{
		operation: 'update',
		parameters: { branch, updateFields: { status: 'inactive' } },
		request: { method: 'PUT', path: `/branches/${OLAYA.id}`, body: { status: 'inactive' } },
		answer: ok({ ...OLAYA, status: 'inactive' }),
		output: [{ ...OLAYA, status: 'inactive' }],
	},
];

export const pickers = [
	{
		method: 'searchBranches',
		parameters: { resource: 'branch', operation: 'get' },
		path: 'branch',
		filter: 'Riyadh',
		request: keywordSearch('/branches', 'Riyadh'),
		answer: page([BRANCH]),
		results: [{ name: 'Riyadh warehouse', value: String(BRANCH.id) }],
	},
	{
		method: 'getBranches',
		parameters: { resource: 'product', operation: 'updateStock', additionalFields: {} },
		path: 'additionalFields.branch',
		request: firstPage('/branches'),
		answer: page([BRANCH]),
		results: [{ name: 'Riyadh warehouse', value: BRANCH.id }],
	},
	{
		method: 'getBranchCities',
		parameters: { resource: 'branch', operation: 'create', country_id: SAUDI_ARABIA },
		path: 'city_id',
		request: firstPage(`/countries/${SAUDI_ARABIA}/cities`),
		answer: page([{ id: RIYADH, name: 'Riyadh' }]),
		results: [{ name: 'Riyadh', value: RIYADH }],
	},
	{
		method: 'getBranchUpdateCities',
		parameters: { resource: 'branch', operation: 'update', updateFields: { country_id: SAUDI_ARABIA } },
		path: 'updateFields.city_id',
		request: firstPage(`/countries/${SAUDI_ARABIA}/cities`),
		answer: page([{ id: 1592433390, name: 'Jeddah' }]),
		results: [{ name: 'Jeddah', value: 1592433390 }],
	},
];
