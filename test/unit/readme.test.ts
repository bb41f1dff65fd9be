/**
 * README.md's operation tables are generated from the node's resources, so they never drift from
 * the code. `npm run docs` rewrites them; this test fails when they are out of date.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { resources } from '../../nodes/Salla/actions';
import { operationsTables, withTables } from '../helpers/operationsTable';

const readmePath = join(__dirname, '..', '..', 'README.md');

test('README.md lists every operation of every resource, as the node defines them', () => {
	const readme = readFileSync(readmePath, 'utf8');
	const expected = withTables(readme, operationsTables(resources));
	if (process.env.UPDATE_README === '1') writeFileSync(readmePath, expected);
	expect(readme).toBe(expected);
});

test('a table row per operation, with its documented request and scope', () => {
	const tables = operationsTables(resources);
	expect(tables).toContain('| **Create** | Create a customer group with conditions and features | `POST /customers/groups` | `customers.read_write` |');
	const rows = tables.split('\n').filter((line) => line.startsWith('| **'));
	expect(rows).toHaveLength(resources.reduce((count, resource) => count + resource.operations.length, 0));
});
