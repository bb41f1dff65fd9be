import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, optionalNumber, optionalText, optionalTexts, requireId, requireText } from '../../../shared/validate';
import { loadWith } from '../../common/search';
import { citiesOf, countryDropdown } from '../../common/storeLists';
import { ACTIVE_STATUSES } from '../../common/vocabulary';

/**
 * Branch → Create and Update: the fields Salla's branch body takes and their checks. Create asks for
 * the required ones as top-level fields and the rest under Additional Fields; Update has them all
 * under Update Fields. Contacts and Working Hours are the same fields in both.
 */

export const BRANCH_TYPES = [
	{ name: 'Branch', value: 'branch', description: 'A shop customers can visit or pick up from' },
	{ name: 'Warehouse', value: 'warehouse', description: 'Stock only, not open to customers' },
] as const;

export const typeField: INodeProperties = { displayName: 'Type', name: 'type', type: 'options', options: [...BRANCH_TYPES], default: 'branch' };

export const countryField: INodeProperties = countryDropdown('country_id', 'Where it is');

/** A City dropdown that follows the Country of the same form (`countryPath`: its parameter path). */
export function cityField(method: string, countryPath: string): INodeProperties {
	return {
		displayName: 'City Name or ID',
		name: 'city_id',
		type: 'options',
		typeOptions: loadWith(citiesOf(method, countryPath), [countryPath]),
		default: '',
		description:
			'The cities of the chosen country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	};
}

export const locationFields: INodeProperties[] = [
	{ displayName: 'Latitude', name: 'lat', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'Where it is on the map: latitude, from -90 to 90' },
	{ displayName: 'Longitude', name: 'lng', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'Where it is on the map: longitude, from -180 to 180' },
];

/** The National Address text fields Salla's branch body takes, in a merchant's words. */
export const ADDRESS = [
	{ name: 'address_description', label: 'Address Description', placeholder: 'e.g. Next to Olaya Mall', hint: 'Describe where the branch is, such as "Next to Olaya Mall".' },
	{ name: 'street', label: 'Street', placeholder: 'e.g. King Fahd Road', hint: 'Give the street, such as King Fahd Road.' },
	{ name: 'local', label: 'District', placeholder: 'e.g. Al Olaya', hint: 'Give the district (neighbourhood), such as Al Olaya.' },
	{ name: 'postal_code', label: 'Postal Code', placeholder: 'e.g. 12214', hint: 'Give the postal code, such as 12214.' },
] as const;

export const addressFields: INodeProperties[] = ADDRESS.map((field) => ({
	displayName: field.label,
	name: field.name,
	type: 'string' as const,
	default: '',
	placeholder: field.placeholder,
}));

export const contactsField: INodeProperties = {
	displayName: 'Contacts',
	name: 'contacts',
	type: 'collection',
	placeholder: 'Add Contact',
	default: {},
	description: 'How customers reach it; Salla needs at least one for a new branch',
	options: [
		{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: 'e.g. +966508265874' },
		{ displayName: 'Telephone', name: 'telephone', type: 'string', default: '', placeholder: 'e.g. 0112345678', description: 'A landline number' },
		{ displayName: 'WhatsApp', name: 'whatsapp', type: 'string', default: '', placeholder: 'e.g. +966508265874' },
	],
};

/** The optional fields of both Create's Additional Fields and Update's Update Fields. */
export const optionalBranchFields: INodeProperties[] = [
	{ displayName: 'Additional Number', name: 'additional_number', type: 'string', default: '', placeholder: 'e.g. 2121', description: 'The 4-digit additional number of the National Address' },
	{ displayName: 'Building Number', name: 'building_number', type: 'string', default: '', placeholder: 'e.g. 8228', description: 'The 4-digit building number of the National Address' },
	{
		displayName: 'Cash on Delivery',
		name: 'is_cod_available',
		type: 'boolean',
		default: false,
		description: 'Whether customers can pay cash on delivery for orders from here',
	},
	{
		displayName: 'Cash on Delivery Fee',
		name: 'cod_cost',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'What cash on delivery costs the customer, in the store currency',
	},
	{
		displayName: 'Default Branch',
		name: 'is_default',
		type: 'boolean',
		default: false,
		description: 'Whether it becomes the store\'s default branch for all operations',
	},
	{
		displayName: 'Preparation Time',
		name: 'preparation_time',
		type: 'string',
		default: '',
		placeholder: 'e.g. 01:30',
		description: 'How long an order takes to be ready, as hours:minutes',
	},
];

function nationalNumber(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const text = optionalText(context, label, raw);
	if (text !== undefined && !/^[0-9]{4}$/.test(text)) {
		throw inputError(context, `${label}: "${text}" is not 4 digits`, `The National Address ${label.toLowerCase()} is 4 digits, such as 8228.`);
	}
	return text;
}

/** `lat,lng` as Salla's `location` (its example and answers read latitude first), or undefined when neither is given. */
function location(context: IExecuteSingleFunctions, values: IDataObject, required: boolean): string | undefined {
	const given = (raw: unknown) => raw !== undefined && raw !== '' && raw !== null;
	if (!required && !given(values.lat) && !given(values.lng)) return undefined;
	const lat = optionalNumber(context, 'Latitude', values.lat, { min: -90, max: 90 });
	const lng = optionalNumber(context, 'Longitude', values.lng, { min: -180, max: 180 });
	if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) {
		throw inputError(context, 'Latitude and Longitude are required', 'Give where it is on the map, such as Latitude 24.7136 and Longitude 46.6753.');
	}
	return `${lat},${lng}`;
}

/**
 * The branch body from `values` (Create: the item's fields; Update: Update Fields). `required`: Create's
 * rules (Salla's required fields, at least one contact).
 */
export function branchBody(context: IExecuteSingleFunctions, values: IDataObject, contacts: IDataObject, required: boolean): IDataObject {
	const body: IDataObject = {};
	const name = required
		? requireText(context, 'Name', values.name, 'Give the branch\'s name, such as Riyadh Branch.')
		: optionalText(context, 'Name', values.name);
	if (name !== undefined) body.name = name;
	if (values.status !== undefined) body.status = oneOf(context, 'Status', values.status, ACTIVE_STATUSES);
	if (required || values.type !== undefined) body.type = oneOf(context, 'Type', values.type, BRANCH_TYPES);
	for (const [key, label] of [
		['country_id', 'Country Name or ID'],
		['city_id', 'City Name or ID'],
	]) {
		const raw = values[key];
		if (required || (raw !== undefined && raw !== '')) body[key] = requireId(context, label, raw, '1473353380');
	}
	const where = location(context, values, required);
	if (where !== undefined) body.location = where;
	for (const field of ADDRESS) {
		const text = required ? requireText(context, field.label, values[field.name], field.hint) : optionalText(context, field.label, values[field.name]);
		if (text !== undefined) body[field.name] = text;
	}
	for (const [key, label] of [
		['building_number', 'Building Number'],
		['additional_number', 'Additional Number'],
	]) {
		const text = nationalNumber(context, label, values[key]);
		if (text !== undefined) body[key] = text;
	}
	const contact = optionalTexts(context, contacts, [
		['phone', 'Contacts: Phone'],
		['whatsapp', 'Contacts: WhatsApp'],
		['telephone', 'Contacts: Telephone'],
	]);
	if (Object.keys(contact).length) body.contacts = contact;
	else if (required) throw inputError(context, 'Contacts is empty', 'Add at least a phone number to Contacts: Salla requires the branch\'s contacts.');
	if (values.is_cod_available !== undefined) body.is_cod_available = values.is_cod_available === true;
	const fee = optionalMoney(context, 'Cash on Delivery Fee', values.cod_cost);
	// Salla's schema takes the fee as text ("15").
	if (fee !== undefined) body.cod_cost = String(fee);
	if (values.is_default !== undefined) body.is_default = values.is_default === true;
	const preparation = optionalText(context, 'Preparation Time', values.preparation_time);
	if (preparation !== undefined) {
		// The example sends "01:30"; Salla's answers show "6" as well.
		if (!/^[0-9]{1,3}(:[0-5][0-9])?$/.test(preparation)) {
			throw inputError(context, `Preparation Time: "${preparation}" is not hours:minutes`, 'Give how long an order takes to be ready as hours:minutes, such as 01:30.');
		}
		body.preparation_time = preparation;
	}
	return body;
}
