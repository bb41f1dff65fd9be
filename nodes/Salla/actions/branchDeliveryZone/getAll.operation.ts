import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { branchField, branchId } from './shared';

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	if (filters.branch_id !== undefined && filters.branch_id !== '') {
		requestOptions.qs = { ...requestOptions.qs, branch_id: branchId(this, filters.branch_id) };
	}
	return requestOptions;
}

/** GET /branches/delivery-zones: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the branches\' delivery zones, optionally of one branch',
	action: 'Get many branch delivery zones',
	method: 'GET',
	path: '/branches/delivery-zones',
	scope: 'branches.read',
	list: true,
	preSend: [sendFilters],
	fields: [...returnAllLimit(), filtersCollection([{ ...branchField, description: 'Only the zones of this branch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }])],
});
