import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { APP_DESCRIPTION } from '../shared/app';
import { CREDENTIAL_TYPE, SALLA_BASE_URL, sendToSalla } from '../shared/http/door';
import { DEFAULT_MAX_RATE_LIMIT_WAIT } from '../shared/http/rateLimit/waits';
import { resources } from './actions';
import { inWords } from './common/dropdownErrors';
import { resourcesProperties } from './common/operation';
import { pickerMethods } from './common/search';

// Built once when the module loads (merging twin fields takes a few tens of milliseconds).
const resourceFields = resourcesProperties(resources);
// The pickers the fields name, each defined beside the field that uses it.
const { listSearch, loadOptions } = pickerMethods(resourceFields);

export class Salla implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Salla',
		name: 'salla',
		icon: { light: 'file:salla.svg', dark: 'file:salla.dark.svg' },
		group: ['transform'],
		// 1.1: Order → Get Many simplifies its output by default; nodes saved at 1 keep Salla's whole orders.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: APP_DESCRIPTION,
		defaults: { name: 'Salla' },
		// An absolute link here is opened as it is (the codex file's link gets n8n's ?utm_… appended):
		// the docs index, a page per resource.
		documentationUrl: 'https://github.com/n8n-nodes-salla/n8n-nodes-salla-merchant/blob/main/docs/README.md',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			baseURL: SALLA_BASE_URL,
			// English unless Options → Language of Salla's Messages says otherwise.
			headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Accept-Language': 'en' },
		},
		// Every operation sets send.paginate (see common/operation.ts), so n8n-core hands each built
		// request to this function: the door (pacing, retries, Salla's errors, item pairing). Salla's
		// rate-limit headers are read by every operation's first postReceive (noteRateLimit).
		requestOperations: { pagination: sendToSalla },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [...resources]
					.sort((a, b) => a.name.localeCompare(b.name))
					.map((resource) => ({ name: resource.name, value: resource.value })),
				// Saved workflows that never changed the resource rely on this default: keep it.
				default: 'customerGroup',
			},
			...resourceFields,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Language of Salla\'s Messages',
						name: 'language',
						type: 'options',
						options: [
							{ name: 'English', value: 'en' },
							{ name: 'Arabic', value: 'ar' },
						],
						default: 'en',
						description:
							'The language Salla writes its answers and error messages in, such as the field messages of a rejected item',
						routing: { request: { headers: { 'Accept-Language': '={{ $value }}' } } },
					},
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

	// Dropdowns say what went wrong in words (see common/dropdownErrors.ts).
	methods = { loadOptions: inWords(loadOptions), listSearch };
}
