import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** Countries (`GET /countries`), named in English where Salla gives it, searched on each page. */
export const country = recordLocator({
	name: 'country',
	displayName: 'Country',
	noun: 'country',
	example: '1473353380',
	search: searchList('searchCountries', {
		path: '/countries',
		name: (country) => String(country.name_en || country.name || country.id),
	}),
});
