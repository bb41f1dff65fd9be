import { randomBytes } from 'crypto';

/**
 * A multipart/form-data body built by hand. n8n-core sends a `form-data` package instance as
 * multipart, but community packages may not import `form-data` at runtime (n8n's package scanner
 * allows only n8n-workflow, lodash, luxon, zod, crypto, p-limit and moment), and Node's own FormData
 * is not what n8n-core's request helpers expect. A Buffer body with its own boundary and
 * Content-Type header is sent by n8n-core as it is.
 */

export type FormPart =
	| { name: string; value: string }
	| { name: string; fileName: string; mimeType: string; data: Buffer };

/** Quotes are not allowed in a part's name or file name, nor line breaks: they would end the header. */
const headerSafe = (text: string) => text.replace(/["\r\n\\]/g, '_');

export function multipartBody(parts: FormPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nSallaFormBoundary${randomBytes(16).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name="${headerSafe(part.name)}"`;
		if ('data' in part) {
			head += `; filename="${headerSafe(part.fileName)}"\r\nContent-Type: ${headerSafe(part.mimeType)}`;
		}
		chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'));
		chunks.push('data' in part ? part.data : Buffer.from(part.value, 'utf8'));
		chunks.push(Buffer.from('\r\n', 'utf8'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
