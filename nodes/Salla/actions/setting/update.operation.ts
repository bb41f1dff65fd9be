import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, oneOf, toList } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { readSlug, sendSlug, slug } from './shared';

/**
 * PUT /settings/fields/{slug} `{value}`: the value is a boolean, text or a list of texts, as the
 * setting's `type` in Get Many says (boolean, string, dropdown). Salla answers 201 with a message.
 */

const VALUE_TYPES = [
	{ name: 'On or Off', value: 'boolean', description: 'For settings of type boolean' },
	{ name: 'Text', value: 'string', description: 'For settings of type string' },
	{ name: 'List', value: 'list', description: 'For settings of type dropdown, such as ["email", "sms"]' },
] as const;

function readValue(context: IExecuteSingleFunctions): boolean | string | string[] {
	const type = oneOf(context, 'Value Type', context.getNodeParameter('valueType', ''), VALUE_TYPES);
	if (type === 'boolean') {
		const raw = context.getNodeParameter('booleanValue', false) as unknown;
		if (raw === true || raw === 'true') return true;
		if (raw === false || raw === 'false') return false;
		throw inputError(context, `Value: "${String(raw)}" is not on or off`, 'Turn Value on or off.');
	}
	if (type === 'string') {
		const raw = context.getNodeParameter('textValue', '') as unknown;
		if (typeof raw !== 'string' && typeof raw !== 'number') throw inputError(context, 'Value must be text', 'Give the setting\'s new value as text.');
		return String(raw);
	}
	const list = toList(context.getNodeParameter('listValue', '')).map(String);
	if (!list.length) throw inputError(context, 'Values is empty', 'Give the values separated by commas, such as email, sms.');
	return list;
}

async function sendValue(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.body = { value: readValue(this) };
	return requestOptions;
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a setting\'s value by its slug',
	action: 'Update a setting',
	method: 'PUT',
	path: '/settings/fields/{slug}',
	scope: 'store-settings.read_write',
	preSend: [sendValue, sendSlug],
	postReceive: [describeOutcome((context) => ({ slug: readSlug(context), value: readValue(context), updated: true }))],
	fields: [
		slug,
		{
			displayName: 'Value Type',
			name: 'valueType',
			type: 'options',
			options: [...VALUE_TYPES],
			default: 'boolean',
			description: 'The kind of value the setting takes (its type in Get Many)',
		},
		{
			displayName: 'Value',
			name: 'booleanValue',
			type: 'boolean',
			default: true,
			description: 'Whether the setting is on',
			displayOptions: { show: { valueType: ['boolean'] } },
		},
		{
			displayName: 'Value',
			name: 'textValue',
			type: 'string',
			default: '',
			placeholder: 'e.g. 123.23',
			description: 'The setting\'s new value',
			displayOptions: { show: { valueType: ['string'] } },
		},
		{
			displayName: 'Values',
			name: 'listValue',
			type: 'string',
			default: '',
			placeholder: 'e.g. email, sms',
			description: 'The setting\'s new values, separated by commas',
			displayOptions: { show: { valueType: ['list'] } },
		},
	],
});
