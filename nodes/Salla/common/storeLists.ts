import type { IDataObject, ILoadOptionsFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { toId } from '../../shared/validate';
import { listOptions, loadWith, optionsFrom, optionsPicker } from './search';

/** Dropdowns of Salla's store-wide lists that several resources' fields use. */

/** How both payment method dropdowns show a method: its name, described by its slug. */
const paymentMethod = {
	path: '/payment/methods',
	name: (method: IDataObject) => (typeof method.name === 'string' && method.name ? method.name : String(method.slug ?? method.id)),
	description: (method: IDataObject) => (typeof method.slug === 'string' ? `Slug: ${method.slug}` : undefined),
};

/** Available Payment Methods (`GET /payment/methods`): the values are the slugs Salla expects. */
export const paymentMethodOptions = optionsFrom('getPaymentMethods', {
	...paymentMethod,
	value: (method) => (typeof method.slug === 'string' && method.slug !== '' ? method.slug : undefined),
});

/** Payment Method Names or IDs (`payment_method`, slugs), described by what they are for (`purpose`). */
export function paymentMethodsField(purpose: string): INodeProperties {
	return {
		displayName: 'Payment Method Names or IDs',
		name: 'payment_method',
		type: 'multiOptions',
		typeOptions: loadWith(paymentMethodOptions),
		default: [],
		description: `${purpose}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * The same methods by their IDs, for bodies that name payment methods by ID: Special Offer's
 * `buy.payment_methods` (Salla's example sends IDs such as 1473353380, credit_card's ID in its
 * Available Payment Methods example).
 */
export const paymentMethodIdOptions = optionsFrom('getPaymentMethodIds', {
	...paymentMethod,
	value: (method) => method.id as number,
});

/** Countries (`GET /countries`, scope metadata.read), named in English where Salla gives it. */
export const countryOptions = optionsFrom('getCountries', {
	path: '/countries',
	value: (country) => country.id as number,
	name: (country) => String(country.name_en || country.name || country.id),
	description: (country) => (typeof country.code === 'string' ? country.code : undefined),
});

/** A dropdown of Salla's countries, named `name`, described by what the country is for (`purpose`). */
export function countryDropdown(name: string, purpose: string): INodeProperties {
	return {
		displayName: 'Country Name or ID',
		name,
		type: 'options',
		typeOptions: loadWith(countryOptions),
		default: '',
		description: `${purpose}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * A dropdown of the cities of the country chosen in another field (`GET /countries/{country}/cities`,
 * scope metadata.read); `countryParameter` is that field's path, e.g. `filters.ship_to_country_id`.
 * Use it with `loadWith(picker, [countryParameter])` so that it reloads when the country changes.
 */
export function citiesOf(method: string, countryParameter: string) {
	return optionsPicker(method, async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const country = toId(this.getCurrentNodeParameter(countryParameter) ?? this.getNodeParameter(countryParameter, ''));
		if (country === undefined) return [];
		return await listOptions({ path: `/countries/${country}/cities`, value: (city) => city.id as number }).call(this);
	});
}

/** The cities of the country chosen in Ship To (orders). */
export const shipToCityOptions = citiesOf('getCities', 'ship_to.address.country');
