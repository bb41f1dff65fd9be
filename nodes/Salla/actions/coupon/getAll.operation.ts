import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { optionalText } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';

async function sendKeyword(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const keyword = optionalText(this, 'Keyword', this.getNodeParameter('filters.keyword', ''));
	if (keyword) requestOptions.qs = { ...requestOptions.qs, keyword };
	return requestOptions;
}

/** GET /coupons: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s coupons, optionally matching a keyword',
	action: 'Get many coupons',
	method: 'GET',
	path: '/coupons',
	scope: 'marketing.read',
	list: true,
	preSend: [sendKeyword],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			{
				displayName: 'Keyword',
				name: 'keyword',
				type: 'string',
				default: '',
				placeholder: 'e.g. SUMMER',
				description: 'Only coupons matching this text, such as part of a code',
			},
		]),
	],
});
