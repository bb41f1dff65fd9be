import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/**
 * Salla's error envelope turned into errors a merchant can act on. Errors are built from plain
 * objects, never from the HTTP client's error, so that a request (and its Authorization header)
 * cannot travel with them into n8n's UI or logs.
 */

export interface SallaErrorEnvelope {
	status?: number;
	success?: boolean;
	error?: { code?: string | number; message?: string; fields?: Record<string, string[] | string> };
	message?: string;
}

/** What Salla's error envelope says: `error.message`, or a top-level `message`. */
export const envelopeMessage = (body: SallaErrorEnvelope | undefined): string | undefined =>
	body?.error?.message ?? body?.message;

/** Node.js network failures, in a merchant's words. */
const NETWORK_FAILURES: Record<string, string> = {
	ECONNRESET: 'the connection to Salla was cut (connection reset or socket hang-up)',
	ECONNREFUSED: 'api.salla.dev refused the connection',
	ECONNABORTED: 'the request to Salla timed out',
	ETIMEDOUT: 'the request to Salla timed out',
	ESOCKETTIMEDOUT: 'the request to Salla timed out',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'the connection to Salla timed out',
	EPIPE: 'the connection to Salla was closed while sending',
	ENOTFOUND: 'the n8n server could not look up api.salla.dev (DNS)',
	EAI_AGAIN: 'the DNS lookup of api.salla.dev timed out',
	EHOSTUNREACH: 'the n8n server has no route to api.salla.dev',
	ENETUNREACH: 'the n8n server\'s network is unreachable',
};

/** TLS failures: the connection was refused before anything was sent; sending again will not help. */
const TLS_FAILURES = new Set([
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'ERR_SSL_WRONG_VERSION_NUMBER',
	'EPROTO',
]);

export const NETWORK_ERROR_CODES = new Set([...Object.keys(NETWORK_FAILURES), ...TLS_FAILURES]);

/** Failures before a connection existed: nothing reached Salla, so even a POST can be sent again. */
export const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export const isTlsFailure = (code: string | undefined) => code !== undefined && TLS_FAILURES.has(code);

export interface FailedResponse {
	status?: number;
	body?: SallaErrorEnvelope;
	headers: Record<string, string>;
	networkCode?: string;
}

/** Reads status, body and headers from whatever n8n-core threw (a NodeApiError around an AxiosError). */
export function readFailure(error: JsonObject & { cause?: unknown }): FailedResponse {
	const candidates = [error, error.cause, (error.cause as IDataObject | undefined)?.cause].filter(
		(candidate): candidate is IDataObject => typeof candidate === 'object' && candidate !== null,
	);
	for (const candidate of candidates) {
		const response = candidate.response as IDataObject | undefined;
		if (response && typeof response.status === 'number') {
			const body = typeof response.data === 'object' ? (response.data as SallaErrorEnvelope) : undefined;
			return { status: response.status, body, headers: lowerCaseKeys(response.headers) };
		}
	}
	const httpCode = Number(error.httpCode);
	const networkCode = candidates
		.map((candidate) => candidate.code)
		.find((code): code is string => typeof code === 'string' && NETWORK_ERROR_CODES.has(code));
	return {
		status: Number.isInteger(httpCode) && httpCode >= 400 ? httpCode : undefined,
		body: (error.context as IDataObject | undefined)?.data as SallaErrorEnvelope | undefined,
		headers: {},
		networkCode,
	};
}

export function lowerCaseKeys(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as IDataObject)) {
			if (value !== undefined && value !== null) result[key.toLowerCase()] = String(value);
		}
	}
	return result;
}

/** "name: The name has already been taken.; conditions.0.value: ..." from Salla's `error.fields`. */
export function describeFields(fields: Record<string, string[] | string> | undefined): string[] {
	if (!fields || typeof fields !== 'object') return [];
	return Object.entries(fields).map(([field, messages]) => {
		const text = Array.isArray(messages) ? messages.join(' ') : String(messages);
		return `${field}: ${text}`;
	});
}

/** What a POST that failed without a clear answer says: it was not retried, and why. */
const UNSURE_DESCRIPTION =
	'The request was sent to Salla, but no clear answer came back, so the node did not send it again: Salla may already have carried it out (for example, created the customer group). Check the store in the Salla dashboard before running this item again.';

/**
 * The credential has no usable token: never connected ("Unable to sign without access token", from
 * n8n's OAuth2 client), or Salla refused the refresh (invalid_grant: its refresh tokens work once, and
 * a reused one revokes the chain). n8n's own words differ between its lines; both need the same act.
 */
function needsReconnect(error: JsonObject & { cause?: unknown }): boolean {
	const texts: string[] = [];
	for (let candidate: unknown = error, depth = 0; candidate && depth < 4; depth++) {
		const entry = candidate as IDataObject;
		for (const key of ['message', 'description', 'error', 'code']) {
			if (typeof entry[key] === 'string') texts.push(entry[key] as string);
		}
		const body = (entry.response as IDataObject | undefined)?.data ?? (entry.body as unknown);
		if (body && typeof body === 'object' && typeof (body as IDataObject).error === 'string') {
			texts.push((body as IDataObject).error as string);
		}
		candidate = entry.cause;
	}
	return texts.some((text) =>
		/unable to sign without access token|oauth credentials not connected|invalid_grant|reconnect it to continue|has revoked access/i.test(text),
	);
}

function reconnectError(node: INode, itemIndex?: number): NodeApiError {
	const message = 'The Salla credential is not connected to the store';
	const description =
		'Open the Salla credential in n8n (Credentials, or the credential field of this node), click Connect and sign in to the store again. This happens when the credential was saved without connecting, or when Salla refused to renew its token (Salla\'s refresh tokens work once; if the app was reinstalled or the token was renewed elsewhere, the old one stops working).';
	return new NodeApiError(node, { message, description }, { message, description, itemIndex });
}

type Outcome = { unsure?: boolean; attempts?: number };

/** "The node tried 3 times. " after retries, else nothing. */
const triedText = (outcome: Outcome) =>
	outcome.attempts && outcome.attempts > 1 ? `The node tried ${outcome.attempts} times. ` : '';

/** No answer came back: the connection failed (`networkCode`, a Node.js error code). */
function networkError(node: INode, networkCode: string, outcome: Outcome, itemIndex?: number): NodeApiError {
	const what = NETWORK_FAILURES[networkCode];
	const said = what ? `${what[0].toUpperCase()}${what.slice(1)}. ` : '';
	let message: string;
	let description: string;
	if (isTlsFailure(networkCode)) {
		message = `Could not open a secure connection to Salla (${networkCode})`;
		description =
			'The TLS certificate check of api.salla.dev failed, so nothing was sent. Check the n8n server\'s clock and, if it goes through a proxy or a firewall that inspects HTTPS, that its certificate authority is trusted (NODE_EXTRA_CA_CERTS).';
	} else if (outcome.unsure) {
		message = `No answer from Salla (${networkCode}): the request may have gone through`;
		description = `${said}${UNSURE_DESCRIPTION}`;
	} else {
		message = `Could not reach Salla (${networkCode})`;
		description = `${triedText(outcome)}${said}The request did not get an answer from api.salla.dev. Check the n8n server's internet connection and try again.`;
	}
	const failure = new NodeApiError(node, { message, description }, { message, description, itemIndex });
	// NodeApiError swaps a message naming a Node.js error code for its generic wording.
	failure.message = message;
	return failure;
}

/** Salla answered with an error status: what it means, and what to do, in a merchant's words. */
function answerText(failure: FailedResponse & { status: number }, outcome: Outcome): { message: string; description: string } {
	const { status, body, headers } = failure;
	const sallaMessage = envelopeMessage(body);
	const says = sallaMessage ? `Salla says: "${sallaMessage}". ` : '';
	switch (true) {
		case status === 401: {
			// Salla names the missing scopes: "...should have access to one of those scopes: customers.read_write".
			const scopes = /scopes?\s*:\s*([\w.,\s]+)$/i.exec(sallaMessage ?? '')?.[1]?.trim();
			const grant = scopes
				? `give the app the scope ${scopes.split(/[\s,]+/).join(' or ')}`
				: 'give the app the scopes this operation needs (the README lists them)';
			return {
				message: 'Salla rejected the access token (401)',
				description: `${says}The token has expired and could not be refreshed, or the Salla app lacks a scope this operation needs. In the Salla Partners Portal, ${grant}, then open the Salla credential in n8n and reconnect it.`,
			};
		}
		case status === 403:
			return {
				message: 'Salla refused this operation (403)',
				description: `${says}The store or the Salla app is not allowed to do this: check the app's scopes in the Salla Partners Portal and that the store's plan includes the feature, then reconnect the credential.`,
			};
		case status === 404:
			return {
				message: 'Salla could not find what this operation refers to (404)',
				description: `${says}Check the ID: it may be mistyped, or the record may have been deleted in the Salla dashboard.`,
			};
		case status === 422: {
			const fields = describeFields(body?.error?.fields);
			return fields.length
				? {
						message: `Salla rejected the data (422): ${fields.join('; ')}`,
						description: `Fix these fields and run the node again:\n${fields.map((line) => `- ${line}`).join('\n')}`,
					}
				: {
						message: `Salla rejected the data (422)${sallaMessage ? `: ${sallaMessage}` : ''}`,
						description: `${says}Check the values sent to Salla and run the node again.`,
					};
		}
		case status === 429: {
			const retryAfter = headers['retry-after'];
			return {
				message: 'Salla\'s rate limit for this store was reached (429)',
				description: `${says}${retryAfter ? `Salla asked to wait ${retryAfter} seconds. ` : ''}Raise Max Rate Limit Wait in the node's Options, or run the workflow again later.`,
			};
		}
		case status >= 500 && outcome.unsure === true:
			return {
				message: `Salla had a server error (${status}): the request may have gone through`,
				description: `${says}${UNSURE_DESCRIPTION}`,
			};
		case status >= 500:
			return {
				message: `Salla had a server error (${status})`,
				description: `${says}${triedText(outcome)}The problem is on Salla's side. Try again in a few minutes; if it persists, contact Salla support with the time of the request.`,
			};
		default:
			return {
				message: `Salla answered with an error (${status})${sallaMessage ? `: ${sallaMessage}` : ''}`,
				description: 'Check the node\'s parameters and run it again.',
			};
	}
}

/**
 * Turns a failed Salla request into a NodeApiError that says what went wrong and what to do.
 * The error is built from a plain object, never from the HTTP client's error, so that the request
 * (and its Authorization header) cannot travel with it into n8n's UI or logs.
 */
export function toSallaError(
	node: INode,
	error: JsonObject & { cause?: unknown },
	itemIndex?: number,
	outcome: Outcome = {},
): NodeApiError | Error {
	const failure = readFailure(error);
	const { status, networkCode } = failure;
	if (status === undefined) {
		if (networkCode) return networkError(node, networkCode, outcome, itemIndex);
		if (needsReconnect(error)) return reconnectError(node, itemIndex);
		// Not an HTTP failure: its own words are best.
		return error as unknown as Error;
	}
	const { message, description } = answerText({ ...failure, status }, outcome);
	return new NodeApiError(
		node,
		{ message, description, httpCode: String(status) },
		{ message, description, httpCode: String(status), itemIndex },
	);
}
