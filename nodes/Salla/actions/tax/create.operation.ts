import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { countryField, rateField, taxBody } from './shared';

/**
 * POST /taxes `{tax, country_id}`: the rate is a percentage Salla takes as text ("15"). The page's
 * schema requires only the rate (no country = every country) while its note says to give a country:
 * the country is optional here, and sent only when chosen.
 */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a tax rate for a country or for every country',
	action: 'Create a tax',
	method: 'POST',
	path: '/taxes',
	scope: 'taxes.read_write',
	body() {
		return taxBody(this, 'tax');
	},
	postReceive: [unwrapData],
	fields: [rateField('tax'), countryField],
});
