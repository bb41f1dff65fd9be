import { createHash, createHmac, timingSafeEqual } from 'crypto';

/**
 * Checks on a Salla delivery, before anything else looks at it.
 *
 * Signature strategy: `X-Salla-Signature` is the lowercase hex HMAC-SHA256 of the raw request body,
 * keyed with the webhook's secret. Token strategy: the `Authorization` header is the secret itself.
 * Both comparisons take the same time whatever the input, so a caller learns nothing from timing.
 */

export type SecurityStrategy = 'signature' | 'token';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Whether `header` is the hex HMAC-SHA256 of `rawBody` under `secret`. Uppercase hex is refused. */
export function isValidSignature(rawBody: Buffer, header: unknown, secret: string): boolean {
	if (typeof header !== 'string' || !HEX_SHA256.test(header) || secret === '') return false;
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	return timingSafeEqual(Buffer.from(header, 'hex'), expected);
}

/** Whether `header` is exactly `secret`. Both sides are hashed first, so their lengths do not leak. */
export function isValidToken(header: unknown, secret: string): boolean {
	if (typeof header !== 'string' || header === '' || secret === '') return false;
	const given = createHash('sha256').update(header, 'utf8').digest();
	const expected = createHash('sha256').update(secret, 'utf8').digest();
	return timingSafeEqual(given, expected);
}


/**
 * The webhook secret Salla is given: HMAC-SHA256 of a random nonce, keyed with the credential's
 * client secret. Static data keeps only the nonce, so reading the workflow (n8n's API, an export)
 * is not enough to sign a delivery: that also takes the client secret, which n8n keeps encrypted.
 */
export function deriveSecret(clientSecret: string, nonce: string): string {
	if (clientSecret === '' || nonce === '') return '';
	return createHmac('sha256', clientSecret).update(`salla-trigger-webhook-secret:${nonce}`, 'utf8').digest('hex');
}

/**
 * A one-way fingerprint of a webhook secret, kept in static data so that the exists check can tell
 * that the credential's client secret has changed. It cannot sign anything.
 */
export function secretCheck(secret: string): string {
	return createHash('sha256').update(`salla-trigger-secret-check:${secret}`, 'utf8').digest('hex').slice(0, 16);
}

/**
 * Milliseconds since a delivery's `created_at`, or undefined when it cannot be read. Salla writes
 * it as JavaScript's Date string ("Wed Jun 30 2021 12:16:25 GMT+0300") or ISO 8601.
 */
export function deliveryAge(createdAt: unknown, now: number): number | undefined {
	if (typeof createdAt !== 'string' && typeof createdAt !== 'number') return undefined;
	let time: number;
	if (typeof createdAt === 'number') time = createdAt < 1e12 ? createdAt * 1000 : createdAt;
	else if (/^\d{9,13}$/.test(createdAt.trim())) {
		const n = Number(createdAt.trim());
		time = n < 1e12 ? n * 1000 : n;
	} else time = Date.parse(createdAt.replace(/\s*\([^)]*\)\s*$/, ''));
	return Number.isFinite(time) ? now - time : undefined;
}
