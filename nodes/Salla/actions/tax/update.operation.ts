import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { countryField, rateField, taxBody, taxLocator } from './shared';

/**
 * PUT /taxes/{tax} `{tax, country_id}`: Salla requires the rate, so it is always sent; the country
 * only when chosen (the page says an empty country means every country).
 */
async function sendTax(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.body = taxBody(this, 'rate');
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a tax rate or its country',
	action: 'Update a tax',
	method: 'PUT',
	path: '/taxes/{tax}',
	scope: 'taxes.read_write',
	preSend: [sendTax],
	postReceive: [unwrapData],
	fields: [taxLocator, rateField('rate'), countryField],
});
