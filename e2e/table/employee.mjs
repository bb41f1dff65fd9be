// Employee (/users, Salla's List Employees): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { firstPage, page, readsPage } from '../../harness/salla-answers.mjs';

// Salla's List Employees example
const SARA = { id: 282459793, name: 'Sara Ahmed', mobile: '555654321', mobile_code: '+966', email: 'sara@example.com', role: 'user', status: 'active' };
const PACKERS = { id: 1148378730, name: 'Packers', mobile: '555654322', mobile_code: '+966', email: 'packers@example.com', role: 'team', status: 'active' };

export const operations = [
	readsPage('getAll', { returnAll: true }, firstPage('/users'), [SARA, PACKERS]),
];

export const pickers = [
	{
		// Order → Get Many → Filters → Assigned Employee Names or IDs
		method: 'getEmployees',
		parameters: { resource: 'order', operation: 'getAll', filters: {} },
		path: 'filters.assign_employee',
		request: firstPage('/users'),
		answer: page([SARA, PACKERS]),
		results: [
			{ name: 'Sara Ahmed', value: SARA.id },
			{ name: 'Packers (team)', value: PACKERS.id },
		],
	},
];
