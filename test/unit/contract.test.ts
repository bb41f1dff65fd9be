/**
 * Operation and parameter names are a saved workflow's contract: a workflow stores `resource`,
 * `operation` and each parameter by name, and n8n drops what the node no longer knows. This test
 * compares the nodes with test/contract/parameters.json: adding resources, operations or parameters
 * passes; removing or renaming one fails. A deliberate break (with a node version bump where n8n's
 * versioning asks for one, and a CHANGELOG entry) is recorded with `npm run contract:update`.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { type Contract, contractBreaks, contractOf, stableJson } from '../helpers/contract';

const snapshotPath = join(__dirname, '..', 'contract', 'parameters.json');
const current = contractOf(new Salla().description, new SallaTrigger().description);

test('no resource, operation or parameter name of a saved workflow was removed or renamed', () => {
	if (process.env.UPDATE_CONTRACT === '1') writeFileSync(snapshotPath, stableJson(current));
	const saved = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Contract;
	expect(contractBreaks(saved, current)).toEqual([]);
});

describe('the comparison', () => {
	const saved = (): Contract => JSON.parse(stableJson(current)) as Contract;

	test('adding an operation and a parameter passes', () => {
		const grown = saved();
		grown.resources.order.operations.archive = ['order'];
		grown.node.push('newOption');
		expect(contractBreaks(saved(), grown)).toEqual([]);
	});

	test('renaming an operation, a parameter, a nested option or a resource fails', () => {
		const renamed = saved();
		renamed.resources.order.operations.changeStatus = renamed.resources.order.operations.updateStatus;
		delete (renamed.resources.order.operations as Record<string, string[]>).updateStatus;
		renamed.resources.customerGroup.operations.create = renamed.resources.customerGroup.operations.create.filter((name) => name !== 'name');
		renamed.node = renamed.node.filter((name) => name !== 'options.language');
		renamed.resources.tax_rate = renamed.resources.tax;
		delete (renamed.resources as Record<string, unknown>).tax;
		renamed.resources.coupon.defaultOperation = 'delete';
		expect(contractBreaks(saved(), renamed)).toEqual([
			'Salla node: parameter options.language was removed or renamed',
			'coupon: the default operation changed from getAll to delete',
			'customerGroup → create: parameter name was removed or renamed',
			'order → updateStatus: operation was removed or renamed',
			'resource tax was removed or renamed',
		]);
	});

	test('nested names are part of the contract', () => {
		expect(current.resources.customerGroup.operations.create).toEqual(
			expect.arrayContaining(['name', 'conditions.condition.type', 'features.payment_method']),
		);
		expect(current.node).toEqual(['options', 'options.language', 'options.maxRateLimitWait', 'resource']);
		expect(current.trigger).toEqual(expect.arrayContaining(['events', 'securityStrategy', 'options.rule']));
	});
});
