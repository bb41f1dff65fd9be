import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { customerGroupFields, customerGroupOperations } from './descriptions/CustomerGroupDescription';
import { listSearch, loadOptions } from './methods';
import { CREDENTIAL_TYPE, SALLA_BASE_URL, sendToSalla } from './transport';

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
			},
			...customerGroupOperations,
			...customerGroupFields,
		],
	};

	methods = { loadOptions, listSearch };
}
