import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, optionalNumber, requireText } from '../../../shared/validate';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * POST /languages `{locales: [{iso_code, sort_order}]}`: one or more languages at once. The page's
 * schema types `sort_order` as text ("1"), so it is sent as text; a language without a position is
 * sent without `sort_order`. Salla answers with the added languages, one item each.
 */

const ISO_CODE = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/;

function buildLanguages(this: IExecuteSingleFunctions): SallaBody {
	const rows = (this.getNodeParameter('locales.locale', []) as IDataObject[]) ?? [];
	if (!Array.isArray(rows) || !rows.length) {
		throw inputError(this, 'No language to add', 'Add at least one language under Languages, with its ISO code such as fr.');
	}
	const seen = new Set<string>();
	const locales = rows.map((row, index) => {
		const label = `Languages ${index + 1}: ISO Code`;
		const code = requireText(this, label, row.iso_code, 'Give the language\'s ISO code, such as fr or en.');
		if (!ISO_CODE.test(code)) {
			throw inputError(this, `${label}: "${code}" is not an ISO language code`, 'Give the two- or three-letter ISO code, such as fr, en or fil.');
		}
		if (seen.has(code.toLowerCase())) {
			throw inputError(this, `${label}: "${code}" is given twice`, 'Give each language once.');
		}
		seen.add(code.toLowerCase());
		const locale: IDataObject = { iso_code: code };
		const order = optionalNumber(this, `Languages ${index + 1}: Position`, row.sort_order, { integer: true, min: 0 });
		if (order !== undefined) locale.sort_order = String(order);
		return locale;
	});
	return { locales };
}

export const add = defineOperation({
	value: 'add',
	name: 'Add',
	description: 'Add one or more languages to the store',
	action: 'Add languages',
	method: 'POST',
	path: '/languages',
	scope: 'metadata.read_write',
	body: buildLanguages,
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Languages',
			name: 'locales',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Language',
			default: { locale: [{ iso_code: '' }] },
			options: [
				{
					displayName: 'Language',
					name: 'locale',
					values: [
						{
							displayName: 'ISO Code',
							name: 'iso_code',
							type: 'string',
							default: '',
							placeholder: 'e.g. fr',
							description: 'The language\'s ISO 639 code',
						},
						{
							displayName: 'Position',
							name: 'sort_order',
							type: 'number',
							typeOptions: { minValue: 0, numberPrecision: 0 },
							default: '',
							description: 'Where the language appears in the store\'s language menu. Leave empty for Salla\'s default.',
						},
					],
				},
			],
		},
	],
});
