import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/**
 * GET /webhooks: the store's active webhooks, every page with Return All. Salla documents no filters.
 * The page's records carry no `secret`; should Salla send one (the key that signs deliveries, the
 * Salla Trigger's among them), it is left out of the output, where anyone reading executions sees it.
 */

async function withoutSecrets(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const data = item.json.data;
		if (!Array.isArray(data)) return item;
		const records = data.map((record) => {
			if (typeof record !== 'object' || record === null || !('secret' in record)) return record;
			const { secret: _secret, ...rest } = record as IDataObject;
			return rest;
		});
		return { ...item, json: { ...item.json, data: records } };
	});
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s active webhooks: the event, address and rule of each',
	action: 'Get many webhooks',
	method: 'GET',
	path: '/webhooks',
	scope: 'webhooks.read',
	list: true,
	postReceive: [withoutSecrets],
	fields: returnAllLimit(),
});
