// Order Reservation (/reservations): each operation once inside n8n; row format: e2e/operations.e2e.test.mjs.
import { ok } from '../../harness/salla-answers.mjs';

// as List Order Reservations' example sends them (no pagination)
const RESERVATIONS = [
	{
		id: 1473353380,
		title: 'Driving lesson (2)',
		type: 'day',
		start: '2024-01-16T00:00:00',
		end: '2024-01-16T23:59:59',
		seats_count: 2,
		url: 'https://s.salla.sa/orders/order/yRdxQ9m28rEbamllyGd1Xz5KoDJZgkAP',
		created_at: '2024-01-13 13:48:33',
	},
	{
		id: 566146469,
		title: 'Driving lesson (1)',
		type: 'time',
		start: '2024-01-19T10:00:00',
		end: '2024-01-19T10:30:00',
		seats_count: 1,
		url: 'https://s.salla.sa/orders/order/LR98Gn45mxgPMnQQ930WwkpdzKNbQjJv',
		created_at: '2024-01-15 11:58:36',
	},
];

export const operations = [
	{
		operation: 'getAll',
		parameters: { start: '2024-01-01', end: '2024-01-31' },
		request: { method: 'GET', path: '/reservations', query: { start: '2024-01-01', end: '2024-01-31' } },
		answer: ok(RESERVATIONS),
		output: RESERVATIONS,
	},
];
