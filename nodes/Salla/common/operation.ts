import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IDisplayOptions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { noteRateLimit, sendToSalla } from '../../shared/http/door';
import { walkSallaPages } from '../../shared/http/pages';
import { asNodeError, enterRun, guarded } from '../../shared/http/runGate';
import { inputError, requireText } from '../../shared/validate';
import { isCodeLocator, isRecordLocator, readRecordCode, readRecordId } from './fields';
import { type Block, mergeTwins } from './twins';
import { requireChanges } from './update';

/**
 * How operations and resources are built. An operation file declares what Salla documents (method,
 * path) and what the panel shows (fields); `defineResource` turns the operations into n8n's node
 * description. Every operation is sent through the shared door by construction: `send.paginate`
 * routes its request to the node's `requestOperations.pagination` (the door's `sendToSalla`), or to
 * `walkSallaPages` for Get Many, where pacing, retries, error mapping and item pairing live.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request's JSON body: one object, or a list for Salla's bulk endpoints. */
export type SallaBody = IDataObject | IDataObject[];

/** The preSend that sends what an operation's `body` builds (an update's only when it changes something). */
function sendBody(build: NonNullable<SallaOperation['body']>, changes: SallaOperation['changes']): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = await build.call(this);
		if (changes) {
			const { where, why } = changes === true ? {} : changes;
			requireChanges(this, body as IDataObject, where, why);
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

export interface SallaOperation {
	/** The parameter value saved in workflows: never rename it. */
	value: string;
	/** The operation's name in the panel, in title case as n8n shows operations. */
	name: string;
	description: string;
	/** The action's name in the nodes panel, in sentence case ("Create a customer group"). */
	action: string;
	method: HttpMethod;
	/**
	 * Salla's documented path (relative to /admin/v2). A `{placeholder}` is filled from the field of
	 * the same name: a record locator gives a checked ID, any other field non-empty text (URL-encoded).
	 */
	path: string;
	/** The OAuth scope Salla requires (README's operation tables list it), e.g. `customers.read_write`. */
	scope: string;
	/** Documented paths a preSend of this operation may send to instead (for example by SKU). */
	otherPaths?: string[];
	/** Get Many: walk Salla's pages (60 a page) up to Return All / Limit, one item per record. */
	list?: boolean;
	/** The operation's fields, in panel order; display options for resource and operation are added. */
	fields?: INodeProperties[];
	/** Checks and request shaping, run per item before anything is sent, before the fields' own. */
	preSend?: PreSendAction[];
	/** The JSON body Salla receives, built and checked per item after `preSend`. */
	body?: (this: IExecuteSingleFunctions) => SallaBody | Promise<SallaBody>;
	/**
	 * An update whose `body` holds only what the user set: an empty one fails before anything is sent
	 * ("Nothing to update", common/update.ts), saying where changes are set and why the rest is not sent.
	 */
	changes?: true | { where?: string; why?: string };
	/** Output shaping of Salla's answer (for example `unwrapData`). */
	postReceive?: PostReceiveAction[];
	/**
	 * Salla serves this endpoint only to apps it has approved (its page says so): the sentence that
	 * Salla's 403 carries to the user, for example "Salla lets only apps it has approved move money
	 * in customer wallets." The operation's description should say so too.
	 */
	approvedAppsOnly?: string;
}

export interface SallaResource {
	/** The parameter value saved in workflows: never rename it. */
	value: string;
	name: string;
	/** The operation a new node shows first (also what saved workflows without one rely on). */
	defaultOperation: string;
	operations: SallaOperation[];
}

/** Typed identity: lets an operation file be checked against SallaOperation where it is written. */
export function defineOperation(operation: SallaOperation): SallaOperation {
	return operation;
}

export function defineResource(resource: SallaResource): SallaResource {
	if (!resource.operations.some((operation) => operation.value === resource.defaultOperation)) {
		throw new Error(`${resource.value}: default operation ${resource.defaultOperation} does not exist`);
	}
	return resource;
}

/** The `{names}` in a path. */
export function pathPlaceholders(path: string): string[] {
	return [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
}

/** A preSend that fills the path's placeholders from the item's fields, checking each first. */
function fillPath(operation: SallaOperation): PreSendAction | undefined {
	const names = pathPlaceholders(operation.path);
	if (!names.length) return undefined;
	const fields = names.map((name) => {
		const field = (operation.fields ?? []).find((candidate) => candidate.name === name);
		if (!field) throw new Error(`${operation.value}: no field named ${name} for ${operation.path}`);
		return field;
	});
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let url = requestOptions.url;
		for (const field of fields) {
			// A preSend switched to another documented path (for example by SKU): this field is not used.
			if (!url.includes(`{${field.name}}`)) continue;
			let value: string;
			if (isRecordLocator(field)) value = String(readRecordId(this, field));
			else if (isCodeLocator(field)) value = encodeURIComponent(readRecordCode(this, field));
			else {
				value = encodeURIComponent(
					requireText(this, field.displayName, this.getNodeParameter(field.name, ''), `Give ${field.displayName}.`),
				);
			}
			url = url.replace(`{${field.name}}`, value);
		}
		// A preSend may have switched to another documented path: it fills its own placeholders.
		if (/\{[^}]+\}/.test(url)) throw inputError(this, `The request path ${url} is incomplete`);
		return { ...requestOptions, url };
	};
}

type DoorSend = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

// The door's own send functions wrapped here: still the door (the description test accepts them).
const doorSends = new WeakSet<object>([walkSallaPages]);

/** Whether a pagination function is the door (walkSallaPages, or sendToSalla wrapped below). */
export const isDoorSend = (pagination: unknown): boolean => typeof pagination === 'function' && doorSends.has(pagination);

/**
 * sendToSalla, whose 403 says why Salla refuses: the operation is reserved for apps Salla approved,
 * which no scope or plan of the merchant's can change.
 */
function approvedAppsSend(reason: string): DoorSend {
	const send: DoorSend = async function (this, requestData) {
		try {
			return await sendToSalla.call(this, requestData);
		} catch (error) {
			if (error instanceof NodeApiError && error.httpCode === '403') {
				error.message = 'Salla refused this operation (403): it is reserved for apps Salla has approved';
				error.description = `${reason} ${error.description ?? ''}`.trim();
			}
			throw asNodeError(this.getNode(), error);
		}
	};
	doorSends.add(send);
	return send;
}

/** A field whose preSends (its own and its options') stop the whole run when they fail. */
function withGuardedPreSends<T extends object>(property: T): T {
	const copy = { ...property } as T & {
		routing?: INodeProperties['routing'];
		options?: unknown[];
		values?: unknown[];
	};
	if (copy.routing?.send?.preSend) {
		copy.routing = { ...copy.routing, send: { ...copy.routing.send, preSend: copy.routing.send.preSend.map(guarded) } };
	}
	if (Array.isArray(copy.options)) {
		copy.options = copy.options.map((option) => (typeof option === 'object' && option ? withGuardedPreSends(option) : option));
	}
	if (Array.isArray(copy.values)) {
		copy.values = copy.values.map((value) => (typeof value === 'object' && value ? withGuardedPreSends(value) : value));
	}
	return copy;
}

/** Adds "only for these resources and these operations" to a field's own display options. */
function shownFor(field: INodeProperties, resources: string[], operations: string[]): INodeProperties {
	const own: IDisplayOptions = field.displayOptions ?? {};
	return {
		...withGuardedPreSends(field),
		displayOptions: {
			...own,
			show: { ...own.show, resource: resources, operation: operations },
		},
	};
}

function operationOption(operation: SallaOperation): INodePropertyOptions {
	const path = fillPath(operation);
	return {
		name: operation.name,
		value: operation.value,
		description: operation.description,
		action: operation.action,
		routing: {
			request: { method: operation.method, url: operation.path },
			// enterRun first: the run gate (shared/runGate.ts) counts the item before any check runs.
			send: {
				paginate: true,
				preSend: [
					enterRun,
					...[...(operation.preSend ?? []), ...(operation.body ? [sendBody(operation.body, operation.changes)] : []), ...(path ? [path] : [])].map(guarded),
				],
			},
			// First, Salla's X-RateLimit-* headers are noted in the limiter of the operation's path.
			output: { postReceive: [noteRateLimit(operation.path), ...(operation.postReceive ?? [])] },
			...(operation.list
				? { operations: { pagination: walkSallaPages } }
				: operation.approvedAppsOnly
					? { operations: { pagination: approvedAppsSend(operation.approvedAppsOnly) } }
					: {}),
		},
	};
}

/**
 * The Operation dropdown of each resource and the fields of its operations, in panel order. The same
 * field used by several operations (a record picker, Return All, Limit, Name) becomes one property
 * shown for all of them where the panel stays the same (see twins.ts for why).
 */
export function resourcesProperties(resources: SallaResource[]): INodeProperties[] {
	const dropdowns: Block[] = [];
	const fields: Block[] = [];
	const operationsOf = new Map<string, string[]>();
	for (const resource of resources) {
		const operations = [...resource.operations].sort((a, b) => a.name.localeCompare(b.name));
		operationsOf.set(resource.value, operations.map((operation) => operation.value));
		const defaultOperation = resource.defaultOperation;
		const dropdown: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations.map(operationOption),
			default: defaultOperation,
		};
		dropdowns.push({ property: dropdown });
		for (const operation of operations) {
			for (const field of operation.fields ?? []) fields.push({ field, resource: resource.value, operation: operation.value });
		}
	}
	// Every Operation dropdown before any field: n8n resolves a node's parameters in the order of its
	// properties, and a field shared with an earlier resource must find its own resource's operation
	// already resolved (the panel shows one dropdown at a time, so its order does not change).
	return mergeTwins([...dropdowns, ...fields], shownFor, operationsOf);
}

/** One resource's Operation dropdown and fields. */
export function resourceProperties(resource: SallaResource): INodeProperties[] {
	return resourcesProperties([resource]);
}
