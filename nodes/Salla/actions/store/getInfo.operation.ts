import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/** GET /store/info: the store behind the credential (name, plan, currency, domain, licenses, social links). */
export const getInfo = defineOperation({
	value: 'getInfo',
	name: 'Get Info',
	description: 'Get the connected store\'s name, plan, currency, domain, licenses and social links',
	action: 'Get store info',
	method: 'GET',
	path: '/store/info',
	// The page names no scope: any token of the store may read it.
	scope: 'none named',
	postReceive: [unwrapData],
});
