import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readRecordId } from './fields';

/** Output shaping shared by operations (postReceive). */

/** Outputs Salla's `data` (one record, or one item per record of a list). */
export const unwrapData = { type: 'rootProperty', properties: { property: 'data' } } as const;

/**
 * The message Salla answers an action with: `data` as ["text"], `data.message`, or a top-level
 * `message`, whichever it sent.
 */
export function sallaMessage(response: IN8nHttpFullResponse): string | undefined {
	const body = response.body as IDataObject | undefined;
	const data = body?.data;
	const first = Array.isArray(data) ? data[0] : (data as IDataObject | undefined)?.message;
	return typeof first === 'string' ? first : undefined;
}

/**
 * For actions Salla answers with a bare message (delete, ban, queued updates): one item saying what
 * happened to what, `{...facts, message}`. `facts` reads the item's own parameters.
 */
export function describeOutcome(facts: (context: IExecuteSingleFunctions) => IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		return [{ json: { ...facts(this), message: sallaMessage(response) ?? null } }];
	};
}

/** Delete's output: `{id, deleted: true, message}` for the record `locator` names (Salla answers a bare message). */
export const deletedRecord = (locator: INodeProperties) =>
	describeOutcome((context) => ({ id: readRecordId(context, locator), deleted: true }));

/**
 * For answers whose `data` is one object about the record the item names (such as a link Salla made):
 * one item, `{...facts, ...data}`. `facts` reads the item's own parameters.
 */
export function dataWithFacts(facts: (context: IExecuteSingleFunctions) => IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const data = ((response.body as IDataObject | undefined)?.data ?? {}) as IDataObject;
		return [{ json: { ...facts(this), ...data } }];
	};
}
