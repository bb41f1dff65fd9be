import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { customerGroupFields, customerGroupOperations } from './descriptions/CustomerGroupDescription';
import { listSearch, loadOptions } from './methods';
import {
	CREDENTIAL_TYPE,
	DEFAULT_MAX_RATE_LIMIT_WAIT,
	noteRateLimit,
	SALLA_BASE_URL,
	sendToSalla,
} from './transport';

export class Salla implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Salla',
		name: 'salla',
		icon: { light: 'file:salla.svg', dark: 'file:salla.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage a Salla store through the Salla Merchant API',
		defaults: { name: 'Salla' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			baseURL: SALLA_BASE_URL,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		requestOperations: { pagination: sendToSalla },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Customer Group', value: 'customerGroup' }],
				default: 'customerGroup',
				// Shown for every operation, so n8n-core hands every answer to this first: the
				// transport reads Salla's rate-limit headers there to pace the next requests.
				routing: { output: { postReceive: [noteRateLimit] } },
			},
			...customerGroupOperations,
			...customerGroupFields,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Max Rate Limit Wait (Seconds)',
						name: 'maxRateLimitWait',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 3600 },
						default: DEFAULT_MAX_RATE_LIMIT_WAIT,
						description:
							'When Salla asks the node to slow down, each item waits and is sent again. An item that would wait longer than this fails with the wait Salla asked for.',
					},
				],
			},
		],
	};

	methods = { loadOptions, listSearch };
}
