import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteRecord } from './delete.operation';
import { getAll } from './getAll.operation';

/**
 * DNS records of the store's domain (`/dns-records`).
 *
 * Known limits: Salla documents no Get or Update of one record; change a record by deleting it and
 * creating it again. The page's type enum carries stray spaces (" AAAA ", "CNAME "): the node sends
 * the plain names. List DNS Records documents no pagination; the node still asks page by page and
 * stops when Salla's answer has no further page.
 */
export const dnsRecord = defineResource({
	value: 'dnsRecord',
	name: 'DNS Record',
	defaultOperation: getAll.value,
	operations: [create, deleteRecord, getAll],
});
