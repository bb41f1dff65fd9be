import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';

/** The store domain's DNS records (`GET /dns-records`), shown as "MX blog → mail.example.com". */
export const dnsRecord = recordLocator({
	name: 'dns_id',
	displayName: 'DNS Record',
	noun: 'DNS record',
	shortNoun: 'record',
	example: '358857001',
	search: searchList('searchDnsRecords', {
		path: '/dns-records',
		name: (record) => `${String(record.type ?? '')} ${String(record.name ?? '')} → ${String(record.content ?? '')}`.trim(),
	}),
});
