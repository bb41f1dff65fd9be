import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalBoolean, requireText } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { loadWith } from '../../common/search';
import { availableCurrencyOptions } from './shared';

/**
 * POST /currencies `{currencies: [{code, status}]}`: turns one or more currencies on (or off, with
 * Active off) in one request. Salla answers with the store's currencies, one item each.
 */

function readActive(context: IExecuteSingleFunctions, label: string, raw: unknown): boolean {
	return optionalBoolean(context, label, raw, 'Turn Active on to activate the currency, off to deactivate it.') ?? true;
}

function buildCurrencies(this: IExecuteSingleFunctions): SallaBody {
	const rows = this.getNodeParameter('currencies.currency', []) as IDataObject[];
	if (!Array.isArray(rows) || !rows.length) {
		throw inputError(this, 'No currency to activate', 'Add at least one currency under Currencies.');
	}
	const seen = new Set<string>();
	const currencies = rows.map((row, index) => {
		const label = `Currencies ${index + 1}`;
		const code = requireText(this, `${label}: Currency`, row.code, 'Choose the currency from the list, or give its three-letter code such as USD.').toUpperCase();
		if (!/^[A-Z]{3}$/.test(code)) {
			throw inputError(this, `${label}: Currency: "${String(row.code)}" is not a currency code`, 'Give the three-letter ISO 4217 code, such as USD or SAR.');
		}
		if (seen.has(code)) throw inputError(this, `${label}: Currency: ${code} is given twice`, 'Give each currency once.');
		seen.add(code);
		return { code, status: readActive(this, `${label}: Active`, row.status) };
	});
	return { currencies };
}

export const activate = defineOperation({
	value: 'activate',
	name: 'Activate',
	description: 'Turn one or more currencies on or off for the store',
	action: 'Activate currencies',
	method: 'POST',
	path: '/currencies',
	// The page names the read scope for this write.
	scope: 'metadata.read',
	body: buildCurrencies,
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Currencies',
			name: 'currencies',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Currency',
			default: { currency: [{ code: '', status: true }] },
			options: [
				{
					displayName: 'Currency',
					name: 'currency',
					values: [
						{
							displayName: 'Currency Name or ID',
							name: 'code',
							type: 'options',
							typeOptions: loadWith(availableCurrencyOptions),
							default: '',
							description:
								'The currency, by its three-letter code. Choose from the list, or specify a code using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Active',
							name: 'status',
							type: 'boolean',
							default: true,
							description: 'Whether shoppers can pay in this currency; off deactivates it',
						},
					],
				},
			],
		},
	],
});
