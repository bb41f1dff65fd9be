import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { requireId } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { loadWith } from '../../common/search';
import { shippingCompanyOptions } from '../shippingCompany/shared';
import { zonesAsList } from './shared';

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	if (filters.company !== undefined && filters.company !== '') {
		requestOptions.qs = { ...requestOptions.qs, company: requireId(this, 'Shipping Company Name or ID', filters.company, '488260393') };
	}
	return requestOptions;
}

/** GET /shipping/zones: the store's custom shipping zones; every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the custom shipping zones, optionally of one shipping company',
	action: 'Get many shipping zones',
	method: 'GET',
	path: '/shipping/zones',
	scope: 'shipping.read',
	list: true,
	preSend: [sendFilters],
	postReceive: [zonesAsList],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			{
				displayName: 'Shipping Company Name or ID',
				name: 'company',
				type: 'options',
				typeOptions: loadWith(shippingCompanyOptions),
				default: '',
				description: 'Only the zones of this shipping company. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		]),
	],
});
