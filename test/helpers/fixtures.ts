/**
 * What the tests of every resource write alike: a picker's value as n8n saves it, one page of
 * Salla's list answer, Salla's 404 envelope, and the requests Salla received as `METHOD path`.
 */
import { ACCESS_TOKEN, type Parameters, type RunResult, runSalla } from './engine';
import { received } from './salla';

/** A record locator set to By ID. */
/** Salla's answer `{status: 200, success: true, data}`. */
export const answer = (data: unknown) => ({ status: 200, success: true, data });

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A record locator set From List: `listPicker('Zara')('1473353380')`, the name the list showed. */
export const listPicker = (cachedResultName: string) => (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName });

/** One page of Salla's list answer (`links` is `{}` or `[]` in Salla's answers, never read). */
export const page = (data: object[], currentPage: number, totalPages: number, links: unknown = {}) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: 0, perPage: 60, currentPage, totalPages, links },
});

/** `page` for a resource whose answers carry `links` in the given form. */
export const pageWithLinks =
	(links: unknown) =>
	(data: object[], currentPage: number, totalPages: number) =>
		page(data, currentPage, totalPages, links);

/** Salla's answer to a record that does not exist (404). */
export const notFound = {
	success: false,
	status: 404,
	error: { code: 404, message: 'The content you are trying to access is no longer available' },
};

/** The requests Salla received, as `METHOD path`. */
export const requestedPaths = () => received.map(({ method, path }) => `${method} ${path}`);

/** The headers every Salla request must carry. */
export const expectSallaHeaders = (headers: Record<string, unknown>, token = ACCESS_TOKEN) => {
	expect(headers.authorization).toBe(`Bearer ${token}`);
	expect(headers['content-type']).toBe('application/json');
	expect(headers.accept).toBe('application/json');
};

/** Salla's usual 422 naming the fields it rejected. */
export const invalidFields = (fields: Record<string, string[]>) => ({
	status: 422,
	success: false,
	error: { code: 'error', message: 'alert.invalid_fields', fields },
});

/** Salla's 422 as some endpoints word it (code validation_failed). */
export const validationFailed = (fields: Record<string, string[]>, message = 'Validation Failed') => ({
	status: 422,
	success: false,
	error: { code: 'validation_failed', message, fields },
});

/** Runs the node and expects it to stop with `message` before sending anything to Salla. */
export async function expectNotSent(parameters: Parameters, message: string): Promise<void> {
	const { error } = await runSalla(parameters);
	expect(error?.message).toBe(message);
	expect(received).toEqual([]);
}

/** `expectNotSent`, and no item is output either. */
export async function expectRefused(parameters: Parameters, message: string): Promise<void> {
	const { items, error } = await runSalla(parameters);
	expect(error?.message).toBe(message);
	expect(items).toEqual([]);
	expect(received).toEqual([]);
}

/** Expects the error n8n reports for an answer of Salla's: a NodeApiError with its HTTP code and message. */
export function expectApiError(error: RunResult['error'], httpCode: string, message: string): void {
	expect(error?.name).toBe('NodeApiError');
	expect(error?.httpCode).toBe(httpCode);
	expect(error?.message).toBe(message);
}
