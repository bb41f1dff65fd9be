import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

type LoadOptionsMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/**
 * A dropdown's failure, in words. n8n's server sends a NodeApiError to the editor as its raw fields,
 * and the editor's dropdowns (unlike its "From list" pickers) only read the message of a real Error,
 * so they showed "[object Object]". The same message and advice as a NodeOperationError reach the
 * editor as an ordinary message: "The Salla credential is not connected to the store".
 */
export function inWords<T extends Record<string, LoadOptionsMethod>>(methods: T): T {
	return Object.fromEntries(
		Object.entries(methods).map(([name, method]) => [
			name,
			async function (this: ILoadOptionsFunctions) {
				try {
					return await method.call(this);
				} catch (error) {
					if (error instanceof NodeApiError) {
						throw new NodeOperationError(this.getNode(), error.message, { description: error.description ?? undefined });
					}
					// Anything else is already in words (a NodeOperationError passes unchanged).
					throw new NodeOperationError(this.getNode(), error as Error);
				}
			},
		]),
	) as T;
}
