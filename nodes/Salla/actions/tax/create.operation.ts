import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, requireNumber, toId } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { countryOptions } from '../../common/storeLists';

/**
 * POST /taxes `{tax, country_id}`: the rate is a percentage Salla takes as text ("15"). The page's
 * schema requires only the rate (no country = every country) while its note says to give a country:
 * the country is optional here, and sent only when chosen.
 */

async function sendTax(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const rate = requireNumber(this, 'Tax Rate (%)', this.getNodeParameter('tax', ''), { min: 0, max: 100 });
	const body: IDataObject = { tax: String(rate) };
	const country = this.getNodeParameter('country_id', '') as unknown;
	if (country !== '' && country !== undefined && country !== null) {
		const id = toId(country);
		if (id === undefined) {
			throw inputError(
				this,
				`Country Name or ID: "${String(country)}" is not a country ID`,
				'Choose the country from the list, or give its Salla ID: a whole number such as 1473353380 (Saudi Arabia). Leave it empty for every country.',
			);
		}
		body.country_id = id;
	}
	requestOptions.body = body;
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a tax rate for a country or for every country',
	action: 'Create a tax',
	method: 'POST',
	path: '/taxes',
	scope: 'taxes.read_write',
	preSend: [sendTax],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Tax Rate (%)',
			name: 'tax',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
			default: 15,
			description: 'The percentage charged, for example 15 for 15% VAT',
		},
		{
			displayName: 'Country Name or ID',
			name: 'country_id',
			type: 'options',
			typeOptions: loadWith(countryOptions),
			default: '',
			description:
				'The country the rate applies to. Leave empty for every country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
});
