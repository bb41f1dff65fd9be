import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listOptions, optionsPicker } from '../../common/search';

/** A name in English where Salla gives one, else in Arabic. */
const named = (english: unknown, arabic: unknown) =>
	typeof english === 'string' && english.trim() ? english.trim() : typeof arabic === 'string' ? arabic.trim() : '';

const availableCurrencies = listOptions({
	path: '/currencies/available',
	value: (currency: IDataObject) =>
		typeof currency.currency_code === 'string' && currency.currency_code ? currency.currency_code : undefined,
	name: (currency: IDataObject) =>
		`${named(currency.currency_name_en, currency.currency_name_ar) || String(currency.currency_code)} (${String(currency.currency_code)})`,
	description: (currency: IDataObject) => named(currency.country_name_en, currency.country_name_ar) || undefined,
});

/**
 * The currencies a store can offer (`GET /currencies/available`), by code. Salla lists a currency
 * once per country that uses it (USD for the United States and Ecuador): it is offered once, with
 * every country in its description.
 */
export const availableCurrencyOptions = optionsPicker('getAvailableCurrencies', async function (
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const byCode = new Map<string, INodePropertyOptions>();
	for (const option of await availableCurrencies.call(this)) {
		const known = byCode.get(String(option.value));
		if (!known) byCode.set(String(option.value), option);
		else if (option.description) {
			known.description = known.description ? `${known.description}, ${option.description}` : option.description;
		}
	}
	return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
});
