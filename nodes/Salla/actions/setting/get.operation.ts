import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { readRecordCode } from '../../common/fields';
import { setting } from './shared';

/**
 * GET /settings/fields/{slug}: a setting's details, whose shape depends on the setting. The page's
 * examples answer some in Salla's envelope (`data`) and some bare: either is output. An object is one
 * item; a list (size guides) one item per entry; a bare value `{slug, value}`.
 */

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

async function outputDetails(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as unknown;
	const data = isObject(body) && 'data' in body && typeof body.success === 'boolean' ? body.data : body;
	if (Array.isArray(data)) return data.map((entry) => ({ json: isObject(entry) ? entry : { value: entry } }));
	if (isObject(data)) return [{ json: data }];
	return [{ json: { slug: readRecordCode(this, setting), value: (data ?? null) as IDataObject[string] } }];
}

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	description: 'Get the details of a store setting by its slug',
	action: 'Get a setting',
	method: 'GET',
	path: '/settings/fields/{setting}',
	scope: 'store-settings.read',
	postReceive: [outputDetails],
	fields: [setting],
});
