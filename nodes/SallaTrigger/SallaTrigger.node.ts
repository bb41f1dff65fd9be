import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { APP_DESCRIPTION } from '../shared/app';
import { CREDENTIAL_TYPE } from '../shared/http/door';
import { eventOptions, selectedEvents } from './events';
import { deliveryAge, deriveSecret, isValidSignature, isValidToken } from './verify';
import { WEBHOOK_URL_NOTICE } from './webhookUrl';
import { checkExists, clientSecret, create, listEvents, remove } from './webhooks';

/** The delivery as Salla signed it: parsed from the raw bytes, so the output is what was verified. */
function parseDelivery(rawBody: unknown, fallback: IDataObject): IDataObject {
	if (Buffer.isBuffer(rawBody) && rawBody.length > 0) {
		try {
			const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
		} catch {
			// Not JSON: fall back to what n8n parsed.
		}
	}
	return fallback;
}

/**
 * The secret this node's webhooks were given: derived from the nonce in static data and the
 * credential's client secret; a plain `secret` left by an older version of the node is used as it is
 * until the next activation. Empty (every delivery refused) when the node was never activated or the
 * credential cannot be read.
 */
async function webhookSecret(context: IWebhookFunctions, state: IDataObject): Promise<string> {
	if (typeof state.nonce === 'string' && state.nonce !== '') {
		try {
			return deriveSecret(await clientSecret(context), state.nonce);
		} catch (error) {
			context.logger.warn(`Salla Trigger cannot verify deliveries: ${(error as Error)?.message ?? 'no credential'}`);
			return '';
		}
	}
	return typeof state.secret === 'string' ? state.secret : '';
}

export class SallaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Salla Trigger',
		name: 'sallaTrigger',
		icon: { light: 'file:salla.svg', dark: 'file:salla.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ [].concat($parameter["events"] || []).join(", ") }}',
		description: APP_DESCRIPTION,
		defaults: { name: 'Salla Trigger' },
		documentationUrl: 'https://github.com/n8n-nodes-salla/n8n-nodes-salla-merchant/blob/main/docs/trigger.md',
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'The Salla app behind the credential needs the scope webhooks.read_write. Activating the workflow registers one webhook per event in the store; deactivating removes them.',
				name: 'scopeNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: WEBHOOK_URL_NOTICE,
				name: 'webhookUrlNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event Names or IDs',
				name: 'events',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getEvents' },
				required: true,
				default: [],
				description:
					'The store events that start the workflow. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Verification',
				name: 'securityStrategy',
				type: 'options',
				options: [
					{
						name: 'Signature',
						value: 'signature',
						description:
							'Recommended. Salla signs every delivery with a secret only it and n8n know; deliveries with a wrong signature are refused.',
					},
					{
						name: 'Token',
						value: 'token',
						description:
							'Salla sends the secret in the Authorization header; deliveries without it are refused',
					},
				],
				default: 'signature',
				description: 'How n8n checks that a delivery really comes from Salla',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Output Data Only',
						name: 'dataOnly',
						type: 'boolean',
						default: false,
						description:
							'Whether to output only the event\'s data (the order, product, customer...) instead of the whole delivery with event, merchant and created_at',
					},
					{
						displayName: 'Refuse Deliveries Older Than (Minutes)',
						name: 'maxAgeMinutes',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 60,
						description:
							'Against replays: a verified delivery whose created_at is older than this many minutes starts nothing (it is acknowledged so that Salla stops resending it), and so does one without a readable created_at. Off unless added. Salla resends a failed delivery (3 times, about 5 minutes apart); whether a resend keeps the first created_at is not documented, so enabling this may refuse Salla\'s late retries: keep it well above 15 minutes.',
					},
					{
						displayName: 'Rule',
						name: 'rule',
						type: 'string',
						default: '',
						placeholder: 'payment_method = mada OR price < 50',
						description:
							'A condition Salla checks before sending an event (webhook version 2 rule), applied to every selected event. Compare fields of the event\'s data, such as price or payment_method, and combine conditions with AND, OR.',
					},
				],
			},
		],
	};

	methods = {
		loadOptions: {
			/** The built-in events plus the store's live list (`GET /webhooks/events`). */
			async getEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				// Before a credential is connected there is no live list to ask for.
				if (!this.getNode().credentials?.[CREDENTIAL_TYPE]) return eventOptions();
				try {
					return eventOptions(await listEvents(this));
				} catch (error) {
					// The built-in events stay usable; one line in the log, no stack trace.
					this.logger.debug(
						`Salla Trigger shows its built-in events: the store's live list could not be loaded (${(error as Error)?.message ?? 'unknown error'})`,
					);
					return eventOptions();
				}
			},
		},
	};

	webhookMethods = {
		default: {
			/** True when the webhooks this node registered are all still active in Salla. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			/** Registers one webhook per event and sets its security strategy and secret. */
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			/** Removes exactly the webhooks this node registered, by id. */
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const state = this.getWorkflowStaticData('node');
		const request = this.getRequestObject();
		const headers = this.getHeaderData();
		const secret = await webhookSecret(this, state);
		// The strategy Salla was given at activation, which is how it signs deliveries.
		const strategy = state.strategy === 'token' ? 'token' : 'signature';
		const rawBody: unknown = request.rawBody;

		const verified =
			strategy === 'token'
				? isValidToken(headers.authorization, secret)
				: Buffer.isBuffer(rawBody) && isValidSignature(rawBody, headers['x-salla-signature'], secret);
		if (!verified) {
			this.logger.debug('Salla Trigger refused a delivery that failed verification', {
				node: this.getNode().name,
				strategy,
			});
			this.getResponseObject().status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}

		const delivery = parseDelivery(rawBody, this.getBodyData());
		const event = typeof delivery.event === 'string' ? delivery.event : '';
		if (!selectedEvents(this.getNodeParameter('events', [])).includes(event)) {
			// Acknowledged (200) so that Salla does not retry it, and nothing runs.
			return { webhookResponse: { message: 'Event not selected in this trigger: ignored' } };
		}

		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.maxAgeMinutes !== undefined && options.maxAgeMinutes !== null && options.maxAgeMinutes !== '') {
			const maxAge = Number(options.maxAgeMinutes) * 60_000;
			const age = deliveryAge(delivery.created_at, Date.now());
			if (!Number.isFinite(maxAge) || age === undefined || age > maxAge) {
				this.logger.debug('Salla Trigger ignored a delivery older than its maximum age', {
					node: this.getNode().name,
					createdAt: String(delivery.created_at),
				});
				return {
					webhookResponse: {
						message: `Delivery older than ${String(options.maxAgeMinutes)} minutes or without a readable created_at: ignored`,
					},
				};
			}
		}
		let json: IDataObject = delivery;
		if (options.dataOnly === true) {
			const data = delivery.data;
			json = data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : { data };
		}
		return { workflowData: [[{ json }]] };
	}
}
