import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteRecord } from './delete.operation';
import { getAll } from './getAll.operation';

/**
 * DNS records of the store's domain (`/dns-records`).
 *
 * Known limits: the Create page's type enum has stray spaces ("AAAA ", "CNAME ", "SPF "); the node
 * sends the types without them. Salla answers the record's value as `content`.
 */
export const dnsRecord = defineResource({
	value: 'dnsRecord',
	name: 'DNS Record',
	defaultOperation: getAll.value,
	operations: [create, deleteRecord, getAll],
});
