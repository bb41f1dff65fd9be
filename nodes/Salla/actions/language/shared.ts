import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { fetchRecords, listSearchPicker, searchWith } from '../../common/search';

/**
 * The language picker: the store's languages (`GET /languages`), chosen by their ISO code, which is
 * what Salla's `{locale}` takes. By Code takes a two- or three-letter code.
 */

const languageSearch = listSearchPicker('searchLanguages', async function (filter?: string) {
	const wanted = filter?.trim().toLowerCase();
	const languages = await fetchRecords(this, '/languages');
	return {
		results: languages
			.filter((language) => typeof language.iso_code === 'string' && language.iso_code)
			.map((language) => ({ name: `${String(language.name ?? language.iso_code)} (${String(language.iso_code)})`, value: String(language.iso_code) }))
			.filter((option) => !wanted || option.name.toLowerCase().includes(wanted)),
	};
});

export const LOCALE_PATTERN = '^\\s*[A-Za-z]{2,3}\\s*$';

export const locale: INodeProperties = {
	displayName: 'Language',
	name: 'locale',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The store language to change',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a language...',
			typeOptions: searchWith(languageSearch),
		},
		{
			displayName: 'By Code',
			name: 'code',
			type: 'string',
			placeholder: 'e.g. fr',
			validation: [{ type: 'regex', properties: { regex: LOCALE_PATTERN, errorMessage: 'A language code has 2 or 3 letters, such as fr' } }],
		},
	],
};

/** The language's ISO code from the picker, checked. */
export function readLocale(context: IExecuteSingleFunctions, label = 'Language'): string {
	const raw = context.getNodeParameter('locale', '', { extractValue: true }) as unknown;
	const code = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	if (!/^[a-z]{2,3}$/.test(code)) {
		throw inputError(
			context,
			code ? `${label}: "${code}" is not a language code` : `${label} is empty`,
			'Choose the language from the list, or give its code: 2 or 3 letters such as fr.',
		);
	}
	return code;
}
