import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalNumber, requireText } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';

/**
 * POST /languages `{locales: [{iso_code, sort_order}]}`: adds languages to the store. The page types
 * sort_order as text and its example sends "1": it is sent as text.
 */
async function sendLocales(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const rows = (this.getNodeParameter('locales.locale', []) as IDataObject[]) ?? [];
	if (!rows.length) throw inputError(this, 'Languages is empty', 'Add at least one language: its code and its place in the list.');
	const locales = rows.map((row, index) => {
		const label = `Languages, language ${index + 1}`;
		const code = requireText(this, `${label}: Code`, row.iso_code, 'Give the language\'s code, 2 or 3 letters such as fr.').toLowerCase();
		if (!/^[a-z]{2,3}$/.test(code)) {
			throw inputError(this, `${label}: Code "${code}" is not a language code`, 'Give the language\'s code, 2 or 3 letters such as fr.');
		}
		const locale: IDataObject = { iso_code: code };
		const order = optionalNumber(this, `${label}: Sort Order`, row.sort_order, { integer: true, min: 0 });
		if (order !== undefined) locale.sort_order = String(order);
		return locale;
	});
	requestOptions.body = { locales };
	return requestOptions;
}

export const add = defineOperation({
	value: 'add',
	name: 'Add',
	description: 'Add one or more languages to the store',
	action: 'Add languages',
	method: 'POST',
	path: '/languages',
	scope: 'metadata.read_write',
	preSend: [sendLocales],
	postReceive: [{ type: 'rootProperty', properties: { property: 'data' } }],
	fields: [
		{
			displayName: 'Languages',
			name: 'locales',
			type: 'fixedCollection',
			placeholder: 'Add Language',
			typeOptions: { multipleValues: true },
			default: {},
			options: [
				{
					displayName: 'Language',
					name: 'locale',
					values: [
						{
							displayName: 'Code',
							name: 'iso_code',
							type: 'string',
							default: '',
							placeholder: 'e.g. fr',
							description: 'The language\'s ISO code, 2 or 3 letters',
						},
						{
							displayName: 'Sort Order',
							name: 'sort_order',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 1,
							description: 'Where the language appears in the store\'s language list',
						},
					],
				},
			],
		},
	],
});
