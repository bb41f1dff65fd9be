import { randomBytes } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INode,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPE, sallaApiRequest } from '../shared/http/door';
import { sallaListAll } from '../shared/http/pages';
import { selectedEvents } from './events';
import type { SecurityStrategy } from './verify';
import { deriveSecret, secretCheck } from './verify';
import { explainRefusedUrl } from './webhookUrl';

/**
 * The webhook lifecycle of the Salla Trigger (n8n calls checkExists, then create when it answers
 * false, on activation; delete on deactivation).
 *
 * Salla's Merchant API (salla-merchant-openapi.json):
 * - `POST /webhooks/subscribe` `{name, event, url, version, rule?, headers?}` registers ONE event; it
 *   answers `data:{id, name, event, url, version, rule, ...}`. Salla's Webhooks page lists
 *   `security_strategy` and `secret` among the register parameters while the endpoint's schema does
 *   not: they are sent with the registration, so that no webhook exists, even for a moment, with
 *   Salla's default strategy, and set again with `PUT /webhooks/{id}` in case the registration
 *   ignored them.
 * - `PUT /webhooks/{id}` accepts `name, url, version, rule, headers, security_strategy
 *   ("in:signature,token"), secret ("required_if:security_strategy,signature")`. The spec is silent on
 *   whether omitted fields are kept or cleared, so the fields set at subscribe are sent again with it.
 * - `GET /webhooks` lists active webhooks `data:[{id, name, event, version, rule, type, url, headers}]`
 *   with `pagination`; the spec is silent on `page`/`per_page` for it: they are sent as on every list.
 * - `DELETE /webhooks/unsubscribe?id=` removes one webhook. `url=` would remove EVERY webhook on that
 *   URL, so this node never sends it.
 * - Salla's docs warn that "new subscriptions with the same URL will update events / restore old
 *   webhooks". Whether that merges two events subscribed to one URL is not said, so each event gets
 *   its own URL: the node's webhook URL with `?event=<name>` (n8n routes on the path alone).
 */

export const WEBHOOK_VERSION = 2;
/** Room for the workflow name in the webhook's name; Salla's limit is not documented. */
const MAX_NAME_LENGTH = 100;

/** One webhook this node registered, as kept in the workflow's static data. */
export interface StoredWebhook {
	id: number | string;
	event: string;
	url: string;
}

interface Settings {
	events: string[];
	strategy: SecurityStrategy;
	rule: string;
	baseUrl: string;
}

type Step = 'list' | 'subscribe' | 'secure' | 'unsubscribe' | 'events';

const STEP_TEXT: Record<Step, string> = {
	list: 'list the store\'s webhooks',
	subscribe: 'register the webhook',
	secure: 'set the webhook\'s signature strategy',
	unsubscribe: 'remove the webhook',
	events: 'list the webhook events',
};

/**
 * Rebuilds a failed request's error from its message, description and status alone: nothing of the
 * request (its Authorization header, or the webhook secret in a PUT body) can travel with it.
 * Adds what to do for the failures a trigger meets: missing webhook scopes, a refused URL.
 */
export function explainError(node: INode, error: unknown, step: Step): Error {
	if (error instanceof NodeOperationError) return error;
	const { message, description, httpCode } = (error ?? {}) as {
		message?: string;
		description?: string | null;
		httpCode?: string | null;
	};
	const status = Number(httpCode);
	let text = typeof message === 'string' && message !== '' ? message : `Could not ${STEP_TEXT[step]}`;
	let details = typeof description === 'string' ? description : undefined;
	if (status === 401 || status === 403) {
		text = `Salla refused to ${STEP_TEXT[step]} (${status})`;
		details =
			'The Salla app needs the scope webhooks.read_write (set it on the app in the Salla Partners Portal), then reconnect the Salla credential in n8n. If the scope is set, the token has expired and could not be refreshed: reconnect the credential.';
	} else if (status === 422 && step === 'subscribe') {
		details = `${details ? `${details}\n` : ''}Salla only accepts public webhook URLs (no localhost, no host containing "test."). Make n8n's webhook URL public, for example with the N8N_WEBHOOK_URL setting of n8n.`;
	}
	const fields: JsonObject = { message: text };
	if (details) fields.description = details;
	if (Number.isInteger(status) && status > 0) fields.httpCode = String(status);
	return new NodeApiError(node, fields, {
		message: text,
		description: details,
		httpCode: fields.httpCode as string | undefined,
	});
}

/** Errors already shaped for the user pass unchanged; anything else keeps only its message. */
function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, (error as Error)?.message ?? 'The Salla webhook could not be set up');
}

async function request(
	context: IHookFunctions | ILoadOptionsFunctions,
	step: Step,
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	url: string,
	qs: IDataObject = {},
	body?: IDataObject,
): Promise<IDataObject> {
	try {
		return await sallaApiRequest.call(context, method, url, qs, body);
	} catch (error) {
		throw explainError(context.getNode(), error, step);
	}
}

/** The event list Salla offers this store (`GET /webhooks/events`). */
export async function listEvents(context: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const response = await request(context, 'events', 'GET', '/webhooks/events');
	return Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
}

/** Each event's own delivery URL: the node's webhook URL plus `?event=`. */
export function deliveryUrl(baseUrl: string, event: string): string {
	return `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}event=${encodeURIComponent(event)}`;
}

/** "n8n: Paid orders to Slack (workflow 42)": tells the merchant which n8n workflow it serves. */
export function webhookName(workflow: { id?: string; name?: string }): string {
	const name = (workflow.name ?? '').trim() || 'Unnamed workflow';
	const short = name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
	return workflow.id ? `n8n: ${short} (workflow ${workflow.id})` : `n8n: ${short}`;
}

/** The client secret of the node's Salla credential, the key of every webhook secret. */
export async function clientSecret(context: IHookFunctions | IWebhookFunctions): Promise<string> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	const value = credentials?.clientSecret;
	if (typeof value !== 'string' || value === '') {
		throw new NodeOperationError(context.getNode(), 'The Salla credential has no client secret', {
			description: 'Open the Salla credential and fill in the Client Secret of the Salla app, then activate the workflow again.',
		});
	}
	return value;
}

/**
 * Whether the credential still gives the secret Salla was given (its client secret may have been
 * changed since): checked against `secretCheck`, a one-way fingerprint of that secret.
 */
async function sameSecret(context: IHookFunctions, state: IDataObject): Promise<boolean> {
	if (typeof state.nonce !== 'string' || typeof state.secretCheck !== 'string') return true;
	return secretCheck(deriveSecret(await clientSecret(context), state.nonce)) === state.secretCheck;
}

function readSettings(context: IHookFunctions): Settings {
	const events = selectedEvents(context.getNodeParameter('events', []));
	if (events.length === 0) {
		throw new NodeOperationError(context.getNode(), 'Event Names or IDs: choose at least one event', {
			description: 'Pick the store events that should start this workflow in the Event Names or IDs field.',
		});
	}
	const strategy = context.getNodeParameter('securityStrategy', 'signature') === 'token' ? 'token' : 'signature';
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const rule = typeof options.rule === 'string' ? options.rule.trim() : '';
	const baseUrl = context.getNodeWebhookUrl('default');
	if (!baseUrl) {
		throw new NodeOperationError(context.getNode(), 'n8n has no webhook URL for this node');
	}
	return { events, strategy, rule, baseUrl };
}

function storedWebhooks(state: IDataObject): StoredWebhook[] {
	return Array.isArray(state.webhooks) ? (state.webhooks as unknown as StoredWebhook[]) : [];
}

function storedOrphans(state: IDataObject): Array<number | string> {
	return Array.isArray(state.orphans) ? (state.orphans as Array<number | string>) : [];
}

function forget(state: IDataObject): void {
	delete state.webhooks;
	delete state.nonce;
	delete state.secretCheck;
	delete state.secret;
	delete state.strategy;
	delete state.rule;
	delete state.baseUrl;
}

/** Removes one webhook by id; true when it is gone (a 404 means it already was). */
async function unsubscribe(context: IHookFunctions, id: number | string): Promise<boolean> {
	try {
		await request(context, 'unsubscribe', 'DELETE', '/webhooks/unsubscribe', { id });
		return true;
	} catch (error) {
		if ((error as { httpCode?: string }).httpCode === '404') return true;
		context.logger.warn(`Salla Trigger could not remove Salla webhook ${String(id)}: ${(error as Error).message}`);
		return false;
	}
}

/**
 * Removes, by id, the given webhooks and any left over from an earlier failed removal, then forgets
 * them. Ids that still could not be removed are kept as `orphans` and retried on the next activation
 * or deactivation. Returns whether everything is gone.
 */
async function unsubscribeAll(
	context: IHookFunctions,
	state: IDataObject,
	webhooks: StoredWebhook[],
): Promise<boolean> {
	const ids = new Map<string, number | string>();
	for (const id of [...webhooks.map((webhook) => webhook.id), ...storedOrphans(state)]) {
		ids.set(String(id), id);
	}
	const failed: Array<number | string> = [];
	for (const id of ids.values()) {
		if (!(await unsubscribe(context, id))) failed.push(id);
	}
	forget(state);
	if (failed.length > 0) state.orphans = failed;
	else delete state.orphans;
	return failed.length === 0;
}

function sameEvents(a: string[], b: string[]): boolean {
	return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * True when every webhook this node registered is still active in Salla with its event, and the node's
 * settings are those it registered with. Otherwise removes (by id) whatever is left of them, so that
 * `create` starts clean, and answers false.
 */
export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const state = this.getWorkflowStaticData('node');
	const stored = storedWebhooks(state);
	// A node activated before the secret was derived holds it in plain text (`secret`); it keeps
	// working until the next activation, which replaces it with a nonce.
	const hasSecret =
		(typeof state.nonce === 'string' && state.nonce !== '') || (typeof state.secret === 'string' && state.secret !== '');
	if (stored.length === 0 || !hasSecret) {
		if (stored.length > 0 || storedOrphans(state).length > 0) await unsubscribeAll(this, state, stored);
		return false;
	}
	const settings = readSettings(this);
	const unchanged =
		state.strategy === settings.strategy &&
		(state.rule ?? '') === settings.rule &&
		state.baseUrl === settings.baseUrl &&
		sameEvents(
			stored.map((webhook) => webhook.event),
			settings.events,
		) &&
		(await sameSecret(this, state));
	if (unchanged) {
		let active: IDataObject[];
		try {
			active = await sallaListAll.call(this, '/webhooks');
		} catch (error) {
			throw explainError(this.getNode(), error, 'list');
		}
		const byId = new Map(active.map((webhook) => [String(webhook.id), webhook]));
		const allActive = stored.every((webhook) => byId.get(String(webhook.id))?.event === webhook.event);
		if (allActive && storedOrphans(state).length === 0) return true;
	}
	await unsubscribeAll(this, state, stored);
	return false;
}

/**
 * Registers one webhook per selected event (version 2, with the rule if set) with its security
 * strategy and a new secret, sent with the registration and again with the strategy update. The
 * secret is derived from the credential's client secret and a random nonce (only the nonce is kept
 * in static data). On any failure the webhooks registered so far are removed by id and the error is
 * raised. One secret serves all of this node's webhooks: see the README section.
 */
export async function create(this: IHookFunctions): Promise<boolean> {
	const state = this.getWorkflowStaticData('node');
	const settings = readSettings(this);
	const nonce = randomBytes(32).toString('hex');
	const secret = deriveSecret(await clientSecret(this), nonce);
	const name = webhookName(this.getWorkflow());
	const created: StoredWebhook[] = [];
	try {
		for (const event of settings.events) {
			const url = deliveryUrl(settings.baseUrl, event);
			// What the registration sets, sent again with the strategy update (all but the event).
			const subscription: IDataObject = {
				name,
				url,
				version: WEBHOOK_VERSION,
				...(settings.rule ? { rule: settings.rule } : {}),
				security_strategy: settings.strategy,
				secret,
			};
			const response = await request(this, 'subscribe', 'POST', '/webhooks/subscribe', {}, { name, event, ...subscription });
			const id = (response.data as IDataObject | undefined)?.id;
			if (typeof id !== 'number' && (typeof id !== 'string' || id === '')) {
				throw new NodeOperationError(this.getNode(), `Salla did not return the id of the webhook for ${event}`, {
					description:
						'The webhook may exist in Salla without n8n knowing it: check the webhooks in the Salla dashboard and remove the one named after this workflow.',
				});
			}
			if (created.some((webhook) => String(webhook.id) === String(id))) {
				throw new NodeOperationError(this.getNode(), `Salla merged the webhook for ${event} into an earlier one`, {
					description: `Salla answered with the id of an existing webhook (${String(id)}), so the events cannot be told apart. Pick one event, or report this to the node's maintainers.`,
				});
			}
			created.push({ id, event, url });
			// Known at once, so that n8n's clean-up after a failure (delete) finds it too.
			state.webhooks = created.map((webhook) => ({ ...webhook }));
			await request(this, 'secure', 'PUT', `/webhooks/${encodeURIComponent(String(id))}`, {}, subscription);
		}
	} catch (error) {
		await unsubscribeAll(this, state, created);
		throw explainRefusedUrl(this.getNode(), asNodeError(this.getNode(), error), settings.baseUrl);
	}
	state.webhooks = created.map((webhook) => ({ ...webhook }));
	// Only the nonce is kept: with the credential's client secret it gives the secret back.
	state.nonce = nonce;
	state.secretCheck = secretCheck(secret);
	delete state.secret;
	state.strategy = settings.strategy;
	state.rule = settings.rule;
	state.baseUrl = settings.baseUrl;
	return true;
}

/** Removes exactly the webhooks this node registered, by id; true when all are gone. */
export async function remove(this: IHookFunctions): Promise<boolean> {
	const state = this.getWorkflowStaticData('node');
	return await unsubscribeAll(this, state, storedWebhooks(state));
}
