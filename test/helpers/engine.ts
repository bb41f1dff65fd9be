/**
 * Runs the Salla node through n8n-core's real execution engine (WorkflowExecute → RoutingNode →
 * n8n-core's HTTP helpers and OAuth2 signing/refresh), so that nock receives the request exactly as
 * Salla would. Only what the n8n application normally provides is stood in for here: the node-type
 * registry and the credential store.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, RoutingNode, WorkflowExecute } from 'n8n-core';
import type { ExecuteContext } from 'n8n-core';
import type {
	IBinaryKeyData,
	IConnections,
	ICredentialDataDecryptedObject,
	ICredentials,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, Workflow } from 'n8n-workflow';

import { SallaOAuth2Api } from '../../credentials/SallaOAuth2Api.credentials';
import { Salla } from '../../nodes/Salla/Salla.node';

export const NODE_TYPE = 'n8n-nodes-salla-merchant.salla';
export const ACCESS_TOKEN = 'test-access-token-4f1c';
export const REFRESH_TOKEN = 'test-refresh-token-9a2b';
export const CLIENT_ID = 'test-client-id';
export const CLIENT_SECRET = 'test-client-secret-77';

const credentialType = new SallaOAuth2Api();

/** The credential as n8n decrypts it for a node: the credential's defaults plus the stored token. */
export function sallaCredential(overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	const defaults: IDataObject = {};
	for (const property of credentialType.properties) {
		if (property.type !== 'notice') defaults[property.name] = property.default as IDataObject[string];
	}
	return {
		...defaults,
		clientId: CLIENT_ID,
		clientSecret: CLIENT_SECRET,
		oauthTokenData: {
			access_token: ACCESS_TOKEN,
			refresh_token: REFRESH_TOKEN,
			token_type: 'bearer',
			expires_in: 1209600,
		},
		...overrides,
	};
}

/**
 * n8n's node-type registry, reduced to one node type. Like the n8n application's own registry
 * (packages/cli's NodeTypes), it gives a declarative node an `execute` that runs n8n-core's
 * RoutingNode, so the node runs in the same ExecuteContext (with the execution's cancel signal) as
 * in a real n8n.
 */
export class SingleNodeTypes implements INodeTypes {
	constructor(readonly nodeType: INodeType) {
		const declarative = nodeType as INodeType & { execute?: unknown };
		if (!declarative.execute && !nodeType.poll && !nodeType.trigger && !nodeType.webhook && nodeType.description.requestDefaults) {
			declarative.execute = async function (this: ExecuteContext) {
				const routingNode = new RoutingNode(this, nodeType);
				return (await routingNode.runNode()) ?? [];
			} as INodeType['execute'];
		}
	}

	getByName(): INodeType | IVersionedNodeType {
		return this.nodeType;
	}

	getByNameAndVersion(): INodeType {
		return this.nodeType;
	}

	getKnownTypes() {
		return {};
	}
}

/** What the n8n application hands n8n-core besides hooks: URLs, the credential store, stubs. */
export function additionalDataFor(
	credentials: TestCredentialsHelper,
	baseUrl = 'http://localhost:5678',
): IWorkflowExecuteAdditionalData {
	const notUsed = async () => {
		throw new Error('not used by these tests');
	};
	return {
		credentialsHelper: credentials,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${baseUrl}/rest`,
		instanceBaseUrl: `${baseUrl}/`,
		webhookBaseUrl: `${baseUrl}/webhook`,
		webhookWaitingBaseUrl: `${baseUrl}/webhook-waiting`,
		webhookTestBaseUrl: `${baseUrl}/webhook-test`,
		formBaseUrl: `${baseUrl}/form`,
		formWaitingBaseUrl: `${baseUrl}/form-waiting`,
		formTestBaseUrl: `${baseUrl}/form-test`,
		mcpBaseUrl: `${baseUrl}/mcp`,
		mcpTestBaseUrl: `${baseUrl}/mcp-test`,
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: notUsed,
		startRunnerTask: notUsed,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** n8n's credential store, reduced to one credential; records token updates after a refresh. */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly tokenUpdates: IDataObject[] = [];

	constructor(private data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(name: string): string[] {
		// Follows the credential's `extends`, as n8n does, so n8n-core takes its OAuth2 path.
		return name === credentialType.name ? [...(credentialType.extends ?? [])] : [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		_credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return requestOptions;
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return structuredClone(this.data);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.tokenUpdates.push(structuredClone(data.oauthTokenData as IDataObject));
		this.data = { ...this.data, oauthTokenData: data.oauthTokenData };
	}

	getCredentialsProperties(): INodeProperties[] {
		return credentialType.properties;
	}
}

export interface RunOptions {
	/** Input items of the Salla node; one empty item by default. */
	items?: IDataObject[];
	/** Binary data of the input items, by position (for uploads). */
	binary?: Array<IBinaryKeyData | undefined>;
	credential?: ICredentialDataDecryptedObject;
	/** The node has no credential chosen yet (as a new node in the editor). */
	withoutCredential?: boolean;
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** The node's typeVersion: 1 (saved workflows) unless a test says otherwise. */
	typeVersion?: number;
	/** Receives a function that cancels the execution, as n8n's Stop button does. */
	onStart?: (cancel: () => void) => void;
}

export interface RunResult {
	/** The node's output items, as n8n passes them on. */
	items: INodeExecutionData[];
	/** The node's error when the run failed. */
	error?: Error & IDataObject;
	credentials: TestCredentialsHelper;
}

/** Node parameters as a test writes them (resource locators, expressions, nested collections). */
export type Parameters = Record<string, unknown>;

export function sallaNode(parameters: Parameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'salla-node',
		name: 'Salla',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INodeParameters,
		credentials: { sallaOAuth2Api: { id: 'cred-1', name: 'Salla account' } },
		...extra,
	};
}

interface Engine {
	node: INode;
	workflow: Workflow;
	additionalData: IWorkflowExecuteAdditionalData;
	credentials: TestCredentialsHelper;
}

/** What the n8n application hands n8n-core for one workflow holding one Salla node. */
function buildEngine(parameters: Parameters, options: RunOptions): Engine {
	const node = sallaNode(parameters, {
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(options.typeVersion ? { typeVersion: options.typeVersion } : {}),
		...(options.withoutCredential ? { credentials: undefined } : {}),
	});
	const workflowData = {
		id: 'test-workflow',
		name: 'Salla test',
		nodes: [node],
		connections: {},
		active: false,
	};
	const workflow = new Workflow({ ...workflowData, nodeTypes: new SingleNodeTypes(new Salla()) });
	const { additionalData, credentials } = executionFor(workflowData, 'test-execution', options.mode, options.credential);
	return { node, workflow, additionalData, credentials };
}

/** What the n8n application hands n8n-core to execute `workflowData`: its credentials and lifecycle hooks. */
export function executionFor(
	workflowData: { id: string; name: string; nodes: INode[]; connections: IConnections; active: boolean },
	executionId: string,
	mode: WorkflowExecuteMode = 'manual',
	credential: ICredentialDataDecryptedObject = sallaCredential(),
): { additionalData: IWorkflowExecuteAdditionalData; credentials: TestCredentialsHelper } {
	const credentials = new TestCredentialsHelper(credential);
	const hooks = new ExecutionLifecycleHooks(mode, executionId, {
		...workflowData,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = { ...additionalDataFor(credentials), hooks } as IWorkflowExecuteAdditionalData;
	return { additionalData, credentials };
}

/** Executes one Salla node on the given items and returns what n8n recorded for it. */
export async function runSalla(parameters: Parameters, options: RunOptions = {}): Promise<RunResult> {
	const { node, workflow, additionalData, credentials } = buildEngine(parameters, options);
	const mode = options.mode ?? 'manual';
	const items = (options.items ?? [{}]).map((json, index) => {
		const binary = options.binary?.[index];
		return binary ? { json, binary } : { json };
	});
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [items] }, source: null } as IExecuteData],
		},
	});
	const execution = new WorkflowExecute(additionalData, mode, runExecutionData);
	const running = execution.processRunExecutionData(workflow);
	options.onStart?.(() => running.cancel());
	const run = await running;
	const taskData = run.data.resultData.runData.Salla?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: (taskData?.error ?? run.data.resultData.error) as RunResult['error'],
		credentials,
	};
}

/**
 * Calls one of the node's `methods` (a dropdown or a list search) in n8n-core's LoadOptionsContext,
 * the context the n8n editor uses, with the node's current parameters.
 */
export async function callMethod<T>(
	kind: 'loadOptions' | 'listSearch',
	method: string,
	parameters: Parameters,
	args: unknown[] = [],
	options: RunOptions = {},
): Promise<{ result: T; credentials: TestCredentialsHelper }> {
	const { node, workflow, additionalData, credentials } = buildEngine(parameters, options);
	// The editor hands the node's current parameters along, for pickers that depend on other fields.
	const context = new LoadOptionsContext(
		workflow,
		node,
		{ ...additionalData, currentNodeParameters: node.parameters },
		'parameters',
	);
	const methods = (new Salla().methods as Record<string, Record<string, Function>>)[kind];
	const result = (await methods[method].call(context, ...args)) as T;
	return { result, credentials };
}
