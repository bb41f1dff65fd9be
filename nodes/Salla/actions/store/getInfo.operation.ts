import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/** GET /store/info: the store's name, plan, currency, domain, licences and social links. */
export const getInfo = defineOperation({
	value: 'getInfo',
	name: 'Get Info',
	description: 'Get the store\'s name, plan, currency, domain, licences and social links',
	action: 'Get the store information',
	method: 'GET',
	path: '/store/info',
	// The page names no scope: any connected app may read it.
	scope: 'none named by Salla',
	postReceive: [unwrapData],
});
