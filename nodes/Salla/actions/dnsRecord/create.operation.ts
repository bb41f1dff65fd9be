import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, oneOf, requireNumber, requireText } from '../../../shared/validate';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * POST /dns-records `{type, name, value, priority}`: Priority is sent for MX records only, where Salla
 * requires it. The page's enum writes some types with spaces (" AAAA ", "CNAME "): the plain names
 * are sent. An A record's value is checked to be an IPv4 address and an AAAA record's an IPv6 one.
 */

const types = [
	{ name: 'A', value: 'A', description: 'Points the name to an IPv4 address' },
	{ name: 'AAAA', value: 'AAAA', description: 'Points the name to an IPv6 address' },
	{ name: 'CNAME', value: 'CNAME', description: 'Makes the name an alias of another domain' },
	{ name: 'MX', value: 'MX', description: 'Names a mail server for the domain' },
	{ name: 'SPF', value: 'SPF', description: 'Says which servers may send the domain\'s e-mail' },
	{ name: 'TXT', value: 'TXT', description: 'Any text, for example a domain verification code' },
];

const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^(?=.*:.*:)[0-9A-Fa-f:.]{2,45}$/;

function buildRecord(this: IExecuteSingleFunctions): SallaBody {
	const type = oneOf(this, 'Type', this.getNodeParameter('type', ''), types);
	const name = requireText(this, 'Name', this.getNodeParameter('name', ''), 'Give the domain or subdomain the record is for, for example "blog" or "@".');
	const value = requireText(this, 'Value', this.getNodeParameter('value', ''), 'Give what the record points to, for example 192.0.2.10 for an A record.');
	if (type === 'A' && !IPV4.test(value)) {
		throw inputError(this, `Value: "${value}" is not an IPv4 address`, 'An A record points to an IPv4 address, such as 192.0.2.10.');
	}
	if (type === 'AAAA' && !IPV6.test(value)) {
		throw inputError(this, `Value: "${value}" is not an IPv6 address`, 'An AAAA record points to an IPv6 address, such as 2001:db8::10.');
	}
	const body: IDataObject = { type, name, value };
	if (type === 'MX') {
		body.priority = requireNumber(this, 'Priority', this.getNodeParameter('priority', ''), { integer: true, min: 0, max: 65535 });
	}
	return body;
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add an A, AAAA, CNAME, MX, SPF or TXT record to the store\'s domain',
	action: 'Create a DNS record',
	method: 'POST',
	path: '/dns-records',
	scope: 'dns-records.read_write',
	body: buildRecord,
	postReceive: [unwrapData],
	// Name first: the one Name property of every Create (common/fields.ts nameField).
	fields: [
		nameField,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: types,
			default: 'A',
			description: 'The kind of DNS record',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 192.0.2.10',
			description: 'What the record points to: an IP address, a domain name, or text',
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 65535, numberPrecision: 0 },
			default: 10,
			description: 'The order in which mail servers are tried: lower first',
			displayOptions: { show: { type: ['MX'] } },
		},
	],
});
