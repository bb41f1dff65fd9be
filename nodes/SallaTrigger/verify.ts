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

