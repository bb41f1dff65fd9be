import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/**
 * Salla's List Product Tags example spells the page block `pagenation`: read as `pagination` when that
 * is missing, so that every page is followed whichever spelling Salla sends.
 */
async function readPagenation(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const body = item.json as IDataObject;
		return body.pagination === undefined && body.pagenation !== undefined ? { ...item, json: { ...body, pagination: body.pagenation } } : item;
	});
}

/** GET /products/tags: every page with Return All, 60 a page. Salla documents no filters. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s product tags',
	action: 'Get many product tags',
	method: 'GET',
	path: '/products/tags',
	scope: 'products.read',
	list: true,
	postReceive: [readPagenation],
	fields: returnAllLimit(),
});
