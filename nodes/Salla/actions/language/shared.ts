import type { IDataObject } from 'n8n-workflow';

import { codeLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** An ISO language code (fr, en, zh-CN); a whole number is let through as the language's ID (see index.ts). */
export const LANGUAGE_CODE = '^\\s*([A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?|[1-9][0-9]*)\\s*$';

const languageName = (language: IDataObject) =>
	`${String(language.name ?? language.iso_code)}${typeof language.iso_code === 'string' ? ` (${language.iso_code})` : ''}${
		language.status === 'disabled' ? ' · disabled' : ''
	}`;

/** The store's languages (`GET /languages`, no search term: each page is filtered here), by ISO code. */
export const languageSearch = searchList('searchLanguages', {
	path: '/languages',
	name: languageName,
	value: (language) => (typeof language.iso_code === 'string' && language.iso_code ? language.iso_code : undefined),
});

export const language = codeLocator({
	name: 'language',
	displayName: 'Language',
	noun: 'language',
	search: languageSearch,
	mode: { name: 'code', displayName: 'By Code', what: 'ISO code' },
	example: 'fr',
	regex: LANGUAGE_CODE,
});
