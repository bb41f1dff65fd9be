import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, requireText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { loadWith, optionsFrom } from '../../common/search';

/**
 * POST /currencies `{currencies: [{code, status}]}`: turns currencies on or off. Salla answers the
 * store's currencies as they now are, one item each.
 */

const availableCurrencyOptions = optionsFrom('getAvailableCurrencies', {
	path: '/currencies/available',
	value: (currency) => (typeof currency.currency_code === 'string' && currency.currency_code ? currency.currency_code : undefined),
	name: (currency) =>
		`${String(currency.currency_code)} · ${String(currency.currency_name_en || currency.currency_name_ar || '')} (${String(currency.country_name_en ?? '')})`,
});

async function sendCurrencies(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const rows = (this.getNodeParameter('currencies.currency', []) as IDataObject[]) ?? [];
	if (!rows.length) throw inputError(this, 'Currencies is empty', 'Add at least one currency: its code and whether it is active.');
	const seen = new Set<string>();
	const currencies = rows.map((row, index) => {
		const label = `Currencies, currency ${index + 1}`;
		const code = requireText(this, `${label}: Currency Name or Code`, row.code, 'Choose the currency, or give its three-letter code such as USD.').toUpperCase();
		if (!/^[A-Z]{3}$/.test(code)) {
			throw inputError(this, `${label}: "${code}" is not a currency code`, 'Give a three-letter currency code such as USD.');
		}
		if (seen.has(code)) throw inputError(this, `${label}: ${code} is listed twice`, 'List each currency once.');
		seen.add(code);
		return { code, status: row.status !== false && row.status !== 'false' };
	});
	requestOptions.body = { currencies };
	return requestOptions;
}

export const activate = defineOperation({
	value: 'activate',
	name: 'Activate',
	description: 'Turn store currencies on or off',
	action: 'Activate currencies',
	method: 'POST',
	path: '/currencies',
	// The page names metadata.read, though the operation changes the store.
	scope: 'metadata.read',
	preSend: [sendCurrencies],
	postReceive: [{ type: 'rootProperty', properties: { property: 'data' } }],
	fields: [
		{
			displayName: 'Currencies',
			name: 'currencies',
			type: 'fixedCollection',
			placeholder: 'Add Currency',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'The currencies to turn on or off. Salla keeps at least one currency active.',
			options: [
				{
					displayName: 'Currency',
					name: 'currency',
					values: [
						{
							displayName: 'Currency Name or Code',
							name: 'code',
							type: 'options',
							typeOptions: loadWith(availableCurrencyOptions),
							default: '',
							description:
								'The currency. Choose from the list, or specify a code such as USD using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Active',
							name: 'status',
							type: 'boolean',
							default: true,
							description: 'Whether customers can pay in this currency',
						},
					],
				},
			],
		},
	],
});
