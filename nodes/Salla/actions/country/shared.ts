import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { listOptions, listSearchPicker } from '../../common/search';

const countries = listOptions({
	path: '/countries',
	value: (country: IDataObject) => country.id as number,
	name: (country: IDataObject) =>
		`${String(country.name_en || country.name || country.id)}${typeof country.code === 'string' && country.code ? ` (${country.code})` : ''}`,
});

/**
 * Salla's countries (`GET /countries`, about 240 on 4 pages of 60). The list takes no search term
 * and a wanted country may be on any page, so every page is read and filtered here: on the name,
 * the two-letter code or the exact ID.
 */
export const countrySearch = listSearchPicker('searchCountries', async function (
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const wanted = filter?.trim().toLowerCase();
	const options = await countries.call(this);
	return {
		results: options
			.filter((option) => !wanted || option.name.toLowerCase().includes(wanted) || String(option.value) === wanted)
			.map((option) => ({ name: option.name, value: String(option.value) })),
	};
});

export const country = recordLocator({
	name: 'country',
	displayName: 'Country',
	noun: 'country',
	example: '1473353380',
	search: countrySearch,
});
