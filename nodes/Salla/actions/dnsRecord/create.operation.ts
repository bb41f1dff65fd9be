import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, requireText } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * POST /dns-records `{type, name, value, priority?}`: Priority is required for MX records and sent
 * only with them. The page's enum writes some types with spaces ("AAAA ", "CNAME "): the node sends
 * them without.
 */

const TYPES = [
	{ name: 'A', value: 'A', description: 'An IPv4 address' },
	{ name: 'AAAA', value: 'AAAA', description: 'An IPv6 address' },
	{ name: 'CNAME', value: 'CNAME', description: 'Another domain name' },
	{ name: 'MX', value: 'MX', description: 'A mail server' },
	{ name: 'SPF', value: 'SPF', description: 'Who may send mail for the domain' },
	{ name: 'TXT', value: 'TXT', description: 'Text, for example a verification code' },
] as const;

async function sendRecord(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const type = oneOf(this, 'Type', this.getNodeParameter('type', ''), TYPES);
	const body: IDataObject = {
		type,
		name: requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the domain or subdomain the record is for, for example blog.'),
		value: requireText(this, 'Value', this.getNodeParameter('value', ''), 'Give what the record points to, for example 192.0.2.10.'),
	};
	if (type === 'MX') {
		const priority = optionalNumber(this, 'Priority', this.getNodeParameter('priority', '') as unknown, { integer: true, min: 0, max: 65535 });
		if (priority === undefined) {
			throw inputError(this, 'Priority is empty', 'An MX record needs a priority: a whole number, lower is tried first, such as 10.');
		}
		body.priority = priority;
	}
	requestOptions.body = body;
	return requestOptions;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a DNS record (A, AAAA, CNAME, MX, SPF or TXT) to the store\'s domain',
	action: 'Create a DNS record',
	method: 'POST',
	path: '/dns-records',
	scope: 'dns-records.read_write',
	preSend: [sendRecord],
	postReceive: [unwrapData],
	fields: [
		// The one Name of every Create (twins.ts): here the domain or subdomain the record is for.
		nameField,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [...TYPES],
			default: 'A',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 192.0.2.10',
			description: 'What the record points to: an address, a domain name or text',
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 65535 },
			default: 10,
			description: 'For MX records: which mail server is tried first (lower first)',
			displayOptions: { show: { type: ['MX'] } },
		},
	],
});
