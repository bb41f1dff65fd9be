import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, requireNumber, toId } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { countryDropdown } from '../../common/storeLists';

/** The tax picker (a rate and its country), and the `{tax, country_id}` body Create and Update share. */

const taxName = (tax: IDataObject) => `${String(tax.tax ?? '')}%${tax.country ? ` · ${String(tax.country)}` : ' · every country'}`;

export const taxSearch = searchList('searchTaxes', { path: '/taxes', name: taxName });

export const taxLocator = recordLocator({
	name: 'tax',
	displayName: 'Tax',
	noun: 'tax',
	example: '2087347200',
	search: taxSearch,
	description: 'The tax rate to use',
});

/**
 * Salla's `{tax, country_id}`: the rate as text ("15"), the country only when chosen (none = every
 * country).
 */
export function taxBody(context: IExecuteSingleFunctions, rateParameter: string): IDataObject {
	const rate = requireNumber(context, 'Tax Rate (%)', context.getNodeParameter(rateParameter, ''), { min: 0, max: 100 });
	const body: IDataObject = { tax: String(rate) };
	const country = context.getNodeParameter('country_id', '') as unknown;
	if (country !== '' && country !== undefined && country !== null) {
		const id = toId(country);
		if (id === undefined) {
			throw inputError(
				context,
				`Country Name or ID: "${String(country)}" is not a country ID`,
				'Choose the country from the list, or give its Salla ID: a whole number such as 1473353380 (Saudi Arabia). Leave it empty for every country.',
			);
		}
		body.country_id = id;
	}
	return body;
}

/** The rate field; Create names it `tax` (saved workflows), Update `rate` (`tax` is the tax picked). */
export function rateField(name: string): INodeProperties {
	return {
		displayName: 'Tax Rate (%)',
		name,
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
		default: 15,
		description: 'The percentage charged, for example 15 for 15% VAT',
	};
}

export const countryField: INodeProperties = countryDropdown('country_id', 'The country the rate applies to. Leave empty for every country');
