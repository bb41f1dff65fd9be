/** Multipart requests as Salla receives them: the raw bytes, and their parts. */
import nock from 'nock';

import { BASE_PATH, SALLA_API } from './salla';

export interface RawRequest {
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** Every multipart request answered by `sallaMultipart`, in order (clear it before each test). */
export const raw: RawRequest[] = [];

/** Answers one multipart POST, keeping the body's exact bytes (the JSON helper would parse it). */
export function sallaMultipart(path: string, status: number, body: unknown) {
	nock(SALLA_API)
		.post(`${BASE_PATH}${path}`)
		.reply(function (uri, requestBody) {
			const bytes =
				typeof requestBody === 'string'
					? Buffer.from(requestBody, /^[0-9a-f]+$/i.test(requestBody) && requestBody.length % 2 === 0 ? 'hex' : 'utf8')
					: Buffer.from(JSON.stringify(requestBody));
			raw.push({ path: uri, headers: { ...this.req.headers }, body: bytes });
			return [status, body as nock.Body];
		});
}

/** The parts of a multipart body: name, optional filename and content type, and the value bytes. */
export function parts(request: RawRequest) {
	const contentType = String(request.headers['content-type']);
	const boundary = /boundary=(.+)$/.exec(contentType)?.[1] ?? '';
	const text = request.body.toString('latin1');
	if (!text.endsWith(`--${boundary}--\r\n`)) throw new Error('The multipart body does not end with its boundary');
	return text
		.split(`--${boundary}`)
		.slice(1, -1)
		.map((chunk) => {
			const [head, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
			const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
			return {
				name: /name="([^"]*)"/.exec(head)?.[1],
				filename: /filename="([^"]*)"/.exec(head)?.[1],
				type: /Content-Type: (.+)/.exec(head)?.[1],
				value: Buffer.from(value, 'latin1'),
			};
		});
}

/** Bytes that are not valid UTF-8: they prove a file is sent as bytes. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x10]);
