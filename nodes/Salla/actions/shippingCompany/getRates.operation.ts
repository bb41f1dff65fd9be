import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { optionalText, requireId } from '../../../shared/validate';
import { optionalRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { citiesOf, countryOptions } from '../../common/storeLists';
import { orderLocator } from '../shipment/shared';

/**
 * GET /shipping/companies/estimate-rate: what each shipping company would charge to deliver to an
 * address, one item per company offer. Salla requires country_id and city_id. The page names no scope:
 * shipping.read is assumed.
 */

const orderField = orderLocator('Rate this order\'s shipment (its items and weight)');

async function sendAddress(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs: IDataObject = {
		country_id: requireId(this, 'Country Name or ID', this.getNodeParameter('rate_country_id', ''), '1473353380'),
		city_id: requireId(this, 'City Name or ID', this.getNodeParameter('rate_city_id', ''), '1473353380'),
	};
	const options = (this.getNodeParameter('rateOptions', {}) as IDataObject) ?? {};
	if (options.order_id !== undefined) {
		const order = optionalRecordId(this, orderField, { at: 'rateOptions.order_id' });
		if (order !== undefined) qs.order_id = order;
	}
	const postal = optionalText(this, 'Postal Code', options.postal_code);
	if (postal) qs.postal_code = postal;
	const geocode = optionalText(this, 'Geocode', options.geocode);
	if (geocode) qs.geocode = geocode;
	requestOptions.qs = { ...requestOptions.qs, ...qs };
	return requestOptions;
}

export const getRates = defineOperation({
	value: 'getRates',
	name: 'Get Rates',
	description: 'Get what each shipping company charges to deliver to a city, with its delivery time',
	action: 'Get shipping rates',
	method: 'GET',
	path: '/shipping/companies/estimate-rate',
	scope: 'shipping.read',
	preSend: [sendAddress],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Country Name or ID',
			name: 'rate_country_id',
			type: 'options',
			typeOptions: loadWith(countryOptions),
			required: true,
			default: '',
			description: 'Where the order goes. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'City Name or ID',
			name: 'rate_city_id',
			type: 'options',
			typeOptions: loadWith(citiesOf('getRateCities', 'rate_country_id'), ['rate_country_id']),
			required: true,
			default: '',
			description:
				'The cities of the chosen country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Options',
			name: 'rateOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'Geocode', name: 'geocode', type: 'string', default: '', placeholder: 'e.g. 24.7136,46.6753', description: 'The address\'s geographic location code' },
				orderField,
				{ displayName: 'Postal Code', name: 'postal_code', type: 'string', default: '', placeholder: 'e.g. 12214' },
			],
		},
	],
});
