import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { listSearchPicker } from '../../common/search';
import { countryOptions } from '../../common/storeLists';

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
	// The store-wide country dropdown's entries (English name, code as description), named "Name (code)".
	const options = (await countryOptions.run.call(this)).map((option) => ({
		name: `${option.name}${option.description ? ` (${option.description})` : ''}`,
		value: String(option.value),
	}));
	return {
		results: options.filter((option) => !wanted || option.name.toLowerCase().includes(wanted) || option.value === wanted),
	};
});

export const country = recordLocator({
	name: 'country',
	displayName: 'Country',
	noun: 'country',
	example: '1473353380',
	search: countrySearch,
});
