import type { IDataObject } from 'n8n-workflow';

import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** A DNS record as the list shows it: "MX blog → mail.example.com". */
const describeRecord = (record: IDataObject) =>
	[record.type, record.name].filter((part) => typeof part === 'string' && part.trim()).map((part) => String(part).trim()).join(' ') +
	(typeof record.content === 'string' && record.content ? ` → ${record.content}` : '');

/** The store's DNS records (`GET /dns-records`, no search term: each page is filtered here). */
export const dnsRecordSearch = searchList('searchDnsRecords', { path: '/dns-records', name: describeRecord });

export const dnsRecord = recordLocator({
	name: 'dnsRecord',
	displayName: 'DNS Record',
	noun: 'DNS record',
	shortNoun: 'record',
	example: '1773697839',
	search: dnsRecordSearch,
});
