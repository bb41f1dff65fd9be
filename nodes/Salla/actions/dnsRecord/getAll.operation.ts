import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';

/** GET /dns-records. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the DNS records of the store\'s domain',
	action: 'Get many DNS records',
	method: 'GET',
	path: '/dns-records',
	scope: 'dns-records.read',
	list: true,
	fields: [...returnAllLimit()],
});
