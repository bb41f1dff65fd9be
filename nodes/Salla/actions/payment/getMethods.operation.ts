import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /payment/methods (`status=enabled` for the store's enabled methods only). */
async function sendEnabled(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('enabledOnly', false) === true) requestOptions.qs = { ...(requestOptions.qs as IDataObject), status: 'enabled' };
	return requestOptions;
}

export const getMethods = defineOperation({
	value: 'getMethods',
	name: 'Get Many Methods',
	description: 'Get the payment methods Salla offers, with the slugs other operations use',
	action: 'Get many payment methods',
	method: 'GET',
	path: '/payment/methods',
	scope: 'payments.read',
	list: true,
	preSend: [sendEnabled],
	fields: [
		...returnAllLimit(),
		{
			displayName: 'Enabled Only',
			name: 'enabledOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to get only the methods enabled in the store',
		},
	],
});
