/**
 * Runs the Salla Trigger through n8n-core's real contexts: HookContext for the webhook lifecycle
 * (checkExists / create / delete, with n8n-core's OAuth2 signing of every Salla request) and
 * WebhookContext for deliveries. What the n8n application adds around them is stood in for here and
 * kept to what it does (read from n8n's cli package, WebhookService and the webhook helpers):
 * - activation = checkExists, then create when it answered false; deactivation = delete;
 * - a delivery's answer: the node's own (noWebhookResponse), its `webhookResponse` with 200, or, when
 *   it returns workflow data with responseMode "onReceived", 200 (the body is n8n's: 2.41 sends the
 *   text "firstEntryJson", older lines {"message":"Workflow was started"}; it is not modelled).
 */
import { HookContext, LoadOptionsContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { additionalDataFor, sallaCredential, SingleNodeTypes, TestCredentialsHelper } from './engine';

export const TRIGGER_TYPE = 'n8n-nodes-salla-merchant.sallaTrigger';
export const WORKFLOW_ID = 'wf-42';
export const WORKFLOW_NAME = 'Paid orders to Slack';
export const NODE_WEBHOOK_ID = '7c0d5a0e-3f1b-4c1e-9a54-2b8f0e6d1c11';
export const WEBHOOK_BASE_URL = 'https://n8n.example.com/webhook';
export const WEBHOOK_TEST_BASE_URL = 'https://n8n.example.com/webhook-test';
/** The production URL n8n gives the node. */
export const NODE_WEBHOOK_URL = `${WEBHOOK_BASE_URL}/${NODE_WEBHOOK_ID}/webhook`;

/** What express hands the node as the response; records what the node sends itself. */
export class FakeResponse {
	statusCode = 200;

	body: unknown = undefined;

	headersSent = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	json(body: unknown): this {
		this.body = body;
		this.headersSent = true;
		return this;
	}

	send(body: unknown): this {
		return this.json(body);
	}

	end(): this {
		this.headersSent = true;
		return this;
	}
}

export interface Delivery {
	/** The raw body exactly as Salla sends it. */
	rawBody: string | Buffer;
	headers?: Record<string, string>;
	/** Query string of the delivery URL (the node registers `?event=<name>`). */
	query?: Record<string, string>;
}

export interface DeliveryOutcome {
	result: IWebhookResponseData;
	/** The HTTP answer Salla gets. */
	status: number;
	body: unknown;
	/** The items that start the workflow, or undefined when nothing runs. */
	items?: IDataObject[];
}

export interface HarnessOptions {
	staticData?: IDataObject;
	credential?: ICredentialDataDecryptedObject;
	workflowName?: string;
}

export class TriggerHarness {
	readonly node: INode;

	readonly workflow: Workflow;

	readonly credentials: TestCredentialsHelper;

	readonly additionalData: IWorkflowExecuteAdditionalData;

	private readonly trigger = new SallaTrigger();

	private readonly nodeTypes = new SingleNodeTypes(this.trigger);

	constructor(parameters: INodeParameters, options: HarnessOptions = {}) {
		this.node = {
			id: 'salla-trigger-node',
			name: 'Salla Trigger',
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters,
			webhookId: NODE_WEBHOOK_ID,
			credentials: { sallaOAuth2Api: { id: 'cred-1', name: 'Salla account' } },
		};
		this.workflow = new Workflow({
			id: WORKFLOW_ID,
			name: options.workflowName ?? WORKFLOW_NAME,
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: options.staticData ? structuredClone(options.staticData) : {},
		});
		this.credentials = new TestCredentialsHelper(options.credential ?? sallaCredential());
		this.additionalData = additionalDataFor(this.credentials, 'https://n8n.example.com');
	}

	/** The node's static data, where it keeps its webhook ids and secret. */
	get state(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** The IWebhookData n8n builds for the node's one webhook (WebhookService.getNodeWebhooks). */
	webhookData(isTest = false): IWebhookData {
		const webhookDescription = this.trigger.description.webhooks![0];
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: NodeHelpers.getNodeWebhookPath(WORKFLOW_ID, this.node, 'webhook'),
			webhookDescription,
			workflowId: WORKFLOW_ID,
			workflowExecuteAdditionalData: this.additionalData,
			webhookId: undefined,
			isTest,
		};
	}

	private async runHook(
		method: 'checkExists' | 'create' | 'delete',
		activation: WorkflowActivateMode,
		isTest: boolean,
	): Promise<boolean> {
		const context = new HookContext(
			this.workflow,
			this.node,
			this.additionalData,
			isTest ? 'manual' : 'trigger',
			activation,
			this.webhookData(isTest),
		);
		const fn = this.trigger.webhookMethods.default[method];
		return (await fn.call(context)) as boolean;
	}

	checkExists(activation: WorkflowActivateMode = 'activate', isTest = false): Promise<boolean> {
		return this.runHook('checkExists', activation, isTest);
	}

	/** n8n's activation of the node's webhook: checkExists, then create when it answered false. */
	async activate(activation: WorkflowActivateMode = 'activate', isTest = false): Promise<'existed' | 'created'> {
		if (await this.runHook('checkExists', activation, isTest)) return 'existed';
		await this.runHook('create', activation, isTest);
		return 'created';
	}

	deactivate(isTest = false): Promise<boolean> {
		return this.runHook('delete', 'activate', isTest);
	}

	/** One delivery from Salla, through n8n-core's WebhookContext. */
	async deliver(delivery: Delivery): Promise<DeliveryOutcome> {
		const rawBody = Buffer.isBuffer(delivery.rawBody) ? delivery.rawBody : Buffer.from(delivery.rawBody, 'utf8');
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		for (const [key, value] of Object.entries(delivery.headers ?? {})) headers[key.toLowerCase()] = value;
		let body: unknown = {};
		try {
			body = JSON.parse(rawBody.toString('utf8'));
		} catch {
			body = {};
		}
		// As n8n's body parser leaves it: the raw bytes and the parsed JSON.
		const request = {
			method: 'POST',
			headers,
			body,
			rawBody,
			query: delivery.query ?? {},
			params: {},
			contentType: 'application/json',
		};
		const response = new FakeResponse();
		const additionalData = {
			...this.additionalData,
			httpRequest: request,
			httpResponse: response,
		} as unknown as IWorkflowExecuteAdditionalData;
		const context = new WebhookContext(
			this.workflow,
			this.node,
			additionalData,
			'webhook',
			this.webhookData(),
			[],
			null,
		);
		const result = await this.trigger.webhook.call(context);
		return { result, ...answer(result, response) };
	}

	/** A dropdown of the node, in n8n-core's LoadOptionsContext as the editor calls it. */
	async loadOptions(method: string): Promise<unknown> {
		const context = new LoadOptionsContext(this.workflow, this.node, this.additionalData, 'parameters.events');
		const methods = this.trigger.methods.loadOptions as Record<string, Function>;
		return await methods[method].call(context);
	}
}

/** What n8n answers Salla for a webhook result (responseMode "onReceived"). */
function answer(result: IWebhookResponseData, response: FakeResponse): Omit<DeliveryOutcome, 'result'> {
	if (result.noWebhookResponse === true) {
		return { status: response.statusCode, body: response.body };
	}
	if (result.workflowData === undefined) {
		return {
			status: 200,
			body: result.webhookResponse !== undefined ? result.webhookResponse : { message: 'Webhook call received' },
		};
	}
	return {
		status: 200,
		body: undefined,
		items: result.workflowData[0].map((item) => item.json),
	};
}
