import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { requireChanges } from '../../common/update';
import { affiliate, affiliateBody, affiliateFields } from './shared';

/**
 * PUT /affiliates/{affiliates_id}: sends only what is set. A commission (or discount) is sent whole:
 * setting its value sends its type too, so both are read together.
 */
async function sendChanges(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const read = (name: string) => {
		if (fields[name] !== undefined) return fields[name];
		// A value without its type (or the other way round) takes the field's default.
		const pair: Record<string, string> = { commission_type: 'commission_value', commission_value: 'commission_type', discount_type: 'discount_value', discount_value: 'discount_type' };
		const partner = pair[name];
		return partner && fields[partner] !== undefined ? affiliateFields.find((field) => field.name === name)?.default : undefined;
	};
	const body = affiliateBody(this, read, false);
	requireChanges(this, body);
	requestOptions.body = body;
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change an affiliate link\'s title, commission, discount, scopes or dates',
	action: 'Update an affiliate',
	method: 'PUT',
	path: '/affiliates/{affiliates_id}',
	scope: 'marketing.read_write',
	preSend: [sendChanges],
	postReceive: [unwrapData],
	fields: [
		affiliate,
		updateFields([...affiliateFields].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
