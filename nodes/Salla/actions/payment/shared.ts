import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** The store's bank accounts for receiving payments (`GET /payment/banks`), named by bank and holder. */
export const bank = recordLocator({
	name: 'bank_id',
	displayName: 'Bank Account',
	noun: 'bank account',
	example: '1473353380',
	search: searchList('searchBanks', {
		path: '/payment/banks',
		name: (bank) => [bank.bank_name, bank.account_name].filter((part) => typeof part === 'string' && part).join(' · ') || String(bank.id),
	}),
});
