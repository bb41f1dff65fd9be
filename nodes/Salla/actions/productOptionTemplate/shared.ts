import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalText, requireBoolean, toList } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { searchList } from '../../common/search';
import { OPTION_DISPLAY_TYPES } from '../../common/vocabulary';
import { valueBody } from '../productOption/shared';

/**
 * What Option Template operations share: the template picker, its values (Salla's `details`) and
 * the fields Create and Update send in the same shape.
 */

export const templateSearch = searchList('searchOptionTemplates', { path: '/products/options/templates' });

export const template = recordLocator({
	name: 'template',
	displayName: 'Option Template',
	noun: 'option template',
	shortNoun: 'template',
	example: '956236464',
	search: templateSearch,
});

/** Include Values: Salla's `with=details`. */
export const withDetailsField: INodeProperties = {
	displayName: 'Include Values',
	name: 'withDetails',
	type: 'boolean',
	default: true,
	description: 'Whether to include each template\'s values',
};

export async function sendWithDetails(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const withDetails = requireBoolean(this, 'Include Values', this.getNodeParameter('withDetails', true));
	return withDetails ? { ...requestOptions, qs: { ...requestOptions.qs, with: 'details' } } : requestOptions;
}

export const detailsField: INodeProperties = {
	displayName: 'Values',
	name: 'details',
	type: 'fixedCollection',
	placeholder: 'Add Value',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	description: 'The choices the template gives an option, such as Red and Blue',
	options: [
		{
			displayName: 'Value',
			name: 'value',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Dark red', description: 'The value as customers see it' },
				{
					displayName: 'Display Value',
					name: 'display_value',
					type: 'string',
					default: '',
					placeholder: 'e.g. #8B0000',
					description: 'A colour such as #8B0000 for colour templates, an image address for image ones',
				},
				{ displayName: 'Default', name: 'is_default', type: 'boolean', default: false, description: 'Whether this value is chosen at first' },
			],
		},
	],
};

/** Salla's `details[]` (the page's schema says object, its examples send a list: a list is sent). */
export function detailsBody(context: IExecuteSingleFunctions): IDataObject[] {
	const rows = toList((context.getNodeParameter('details', {}) as IDataObject | undefined)?.value);
	if (!rows.length) throw inputError(context, 'Values is empty', 'Add at least one value, such as Red: Salla requires the template\'s values.');
	// A template value is an option value without price or stock: the same rules, the same body.
	return rows.map((row, index) => valueBody(context, `Values (${index + 1})`, (row ?? {}) as IDataObject, true));
}

export const displayTypeField: INodeProperties = {
	displayName: 'Display Type',
	name: 'display_type',
	type: 'options',
	options: [...OPTION_DISPLAY_TYPES],
	default: 'text',
	description: 'How the values are shown to customers',
};

export const englishNameField: INodeProperties = {
	displayName: 'Name in English',
	name: 'nameEnglish',
	type: 'string',
	default: '',
	placeholder: 'e.g. Colour',
	description: 'The template\'s name in English, for stores in several languages (Salla\'s translations.en)',
};

/** Name, Display Type and Name in English as Salla's body (only what is set). */
export function templateBody(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	const name = optionalText(context, 'Name', values.name);
	if (name) body.name = name;
	if (values.display_type !== undefined && values.display_type !== '') body.display_type = oneOf(context, 'Display Type', values.display_type, OPTION_DISPLAY_TYPES);
	const english = optionalText(context, 'Name in English', values.nameEnglish);
	if (english) body.translations = { en: { name: english } };
	return body;
}
