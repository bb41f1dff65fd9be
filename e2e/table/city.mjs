// City (/countries/{country}/cities), read-only: each operation once inside n8n; the row format is in
// e2e/operations.e2e.test.mjs.
import { byId, firstPage } from '../../harness/salla-answers.mjs';

// List Cities' example: the cities, the country beside them, and the page
const RIYADH = { id: 1473353380, name: 'Riyadh', name_en: 'Riyadh', country_id: 1473353380 };
const JEDDAH = { id: 566146469, name: 'Jeddah', name_en: 'Jeddah', country_id: 1473353380 };
const cities = (data, { perPage, total }) => ({
	status: 200,
	body: {
		status: 200,
		success: true,
		data,
		country: { id: 1473353380, name: 'Saudi Arabia', code: 'SA' },
		pagination: { count: data.length, total, perPage, currentPage: 1, totalPages: Math.ceil(total / perPage), links: { next: 'http://api.salla.dev/admin/v2/countries/1473353380/cities?page=2' } },
	},
});

export const operations = [
	{
		// Limit asks for just that many and stops there, although Salla has 905 cities
		operation: 'getAll',
		parameters: { country: byId(1473353380), returnAll: false, limit: 2 },
		request: firstPage('/countries/1473353380/cities', {}, 2),
		answer: cities([RIYADH, JEDDAH], { perPage: 2, total: 905 }),
		output: [RIYADH, JEDDAH],
	},
];
