import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { countryField, rateField, taxBody, taxLocator } from './shared';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a tax rate or its country',
	action: 'Update a tax',
	method: 'PUT',
	path: '/taxes/{tax}',
	scope: 'taxes.read_write',
	/**
	 * PUT /taxes/{tax} `{tax, country_id}`: Salla requires the rate, so it is always sent; the country
	 * only when chosen (the page says an empty country means every country).
	 */
	body() {
		return taxBody(this, 'rate');
	},
	postReceive: [unwrapData],
	fields: [taxLocator, rateField('rate'), countryField],
});
