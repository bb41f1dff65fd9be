import { recordLocator } from '../../common/fields';
import { optionsFrom, searchList } from '../../common/search';

/** The store's shipping companies (couriers), for pickers of other resources. */

export const shippingCompanySearch = searchList('searchShippingCompanies', { path: '/shipping/companies' });
export const shippingCompanyOptions = optionsFrom('getShippingCompanies', {
	path: '/shipping/companies',
	value: (company) => company.id as number,
});

export const shippingCompany = recordLocator({
	name: 'company_id',
	displayName: 'Shipping Company',
	noun: 'shipping company',
	shortNoun: 'company',
	example: '976721503',
	search: shippingCompanySearch,
});
