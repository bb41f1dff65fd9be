import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalNumber } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { locale, readLocale } from './shared';

/** PUT /languages/{locale} `{status?, sort_order?}`: Salla needs one of the two. */
async function sendChanges(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const code = readLocale(this);
	const fields = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
	const body: IDataObject = {};
	if (fields.status !== undefined) body.status = fields.status === true || fields.status === 'true';
	const order = optionalNumber(this, 'Sort Order', fields.sort_order, { integer: true, min: 0 });
	if (order !== undefined) body.sort_order = order;
	if (!Object.keys(body).length) {
		throw inputError(this, 'Nothing to update', 'Add Enabled or Sort Order under Update Fields: Salla needs at least one of them.');
	}
	requestOptions.url = requestOptions.url.replace('{locale}', encodeURIComponent(code));
	requestOptions.body = body;
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Enable or disable a store language, or change its place in the list',
	action: 'Update a language',
	method: 'PUT',
	path: '/languages/{locale}',
	scope: 'metadata.read_write',
	preSend: [sendChanges],
	postReceive: [{ type: 'rootProperty', properties: { property: 'data' } }],
	fields: [
		locale,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Enabled',
					name: 'status',
					type: 'boolean',
					default: true,
					description: 'Whether customers can choose the language in the store',
				},
				{
					displayName: 'Sort Order',
					name: 'sort_order',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 1,
					description: 'Where the language appears in the store\'s language list',
				},
			],
		},
	],
});
