import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteRecord } from './delete.operation';
import { getAll } from './getAll.operation';

/**
 * DNS records of the store's domain (`/dns-records`).
 *
 * Known limits: docs/resources/dnsRecord.md (its hand-written section).
 */
export const dnsRecord = defineResource({
	value: 'dnsRecord',
	name: 'DNS Record',
	defaultOperation: getAll.value,
	operations: [create, deleteRecord, getAll],
});
