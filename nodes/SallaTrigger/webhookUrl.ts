import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The panel's warning: Salla delivers only to public https addresses. */
export const WEBHOOK_URL_NOTICE =
	'Salla delivers events only to a public https address. If n8n\'s webhook URL is localhost, a private address or plain http (as in a local n8n), Salla refuses the webhook: set n8n\'s N8N_WEBHOOK_URL to a public https address, for example through a tunnel.';

/** Why Salla would refuse this webhook URL, or undefined when it looks public. */
export function refusedUrlReason(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	const host = parsed.hostname.replace(/^\[|\]$/g, '');
	if (/^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/i.test(host)) {
		return `its host ${host} is not reachable from the internet`;
	}
	if (parsed.protocol === 'http:') return 'it is plain http, not https';
	return undefined;
}

/**
 * An activation Salla refused (422) while n8n's webhook URL is local or plain http: the error says so
 * in words, with what to change. Any other error passes unchanged.
 */
export function explainRefusedUrl<T extends NodeApiError | NodeOperationError>(node: INode, error: T, url: string): T | NodeOperationError {
	const reason = refusedUrlReason(url);
	if (!reason || !(error instanceof NodeApiError) || String(error.httpCode) !== '422') return error;
	return new NodeOperationError(node, `Salla refused n8n's webhook URL: ${reason}`, {
		description: `n8n gave Salla ${url}. ${WEBHOOK_URL_NOTICE} Salla said: ${error.message}`,
	});
}
