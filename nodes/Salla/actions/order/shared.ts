import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, optionalEmail, optionalId, optionalNumber, optionalText, requireText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { adminUrl, fullName, loadWith, searchList } from '../../common/search';
import { countryOptions, shipToCityOptions } from '../../common/storeLists';
import { branchSearch } from '../branch/shared';
import { shippingCompanySearch } from '../shippingCompany/shared';

/**
 * What several Order operations share: the order picker, the receiver and the ship-to address that
 * Create and Update send in the same shape, and reading IDs out of pickers nested in collections.
 */

/** Orders, searched by Salla's keyword (order number, customer or mobile). */
export const orderSearch = searchList('searchOrders', {
	path: '/orders',
	keyword: true,
	name: (order) => {
		const customer = order.customer as IDataObject | undefined;
		const who = customer ? fullName(customer) : '';
		return `#${String(order.reference_id ?? order.id)}${who ? ` · ${who}` : ''}`;
	},
	url: adminUrl,
});

export const order = recordLocator({
	name: 'order',
	displayName: 'Order',
	noun: 'order',
	example: '1275404514',
	search: orderSearch,
	description: 'The order: pick it from the list (searched by order number, customer or mobile), or give its ID',
});

// ---------------------------------------------------------------------------------------------
// Receiver

export const receiver: INodeProperties = {
	displayName: 'Receiver',
	name: 'receiver',
	type: 'collection',
	placeholder: 'Add Receiver Field',
	default: {},
	description: 'Who receives the order when it is not the customer (for example a gift)',
	options: [
		{
			displayName: 'Country Code',
			name: 'country_code',
			type: 'string',
			default: '',
			placeholder: 'e.g. SA',
			description: 'The receiver\'s country as a two-letter code',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
		},
		{
			displayName: 'Notify Receiver',
			name: 'notify',
			type: 'boolean',
			default: false,
			description: 'Whether Salla lets the receiver know about the order',
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: 'e.g. 966566666666',
		},
	],
};

/** Salla's `receiver` from the Receiver collection, or undefined when nothing was set. */
export function buildReceiver(context: IExecuteSingleFunctions): IDataObject | undefined {
	const raw = (context.getNodeParameter('receiver', {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalText(context, 'Receiver: Name', raw.name);
	if (name) body.name = name;
	const countryCode = optionalText(context, 'Receiver: Country Code', raw.country_code);
	if (countryCode) {
		if (!/^[A-Za-z]{2}$/.test(countryCode)) {
			throw inputError(
				context,
				`Receiver: Country Code: "${countryCode}" is not a two-letter country code`,
				'Give the country as two letters, for example SA.',
			);
		}
		body.country_code = countryCode.toUpperCase();
	}
	const phone = optionalText(context, 'Receiver: Phone', raw.phone);
	if (phone) body.phone = phone;
	const email = optionalEmail(context, 'Receiver: Email', raw.email);
	if (email) body.email = email;
	if (raw.notify !== undefined) body.notify = raw.notify === true || raw.notify === 'true';
	return Object.keys(body).length ? body : undefined;
}

// ---------------------------------------------------------------------------------------------
// Delivery

/** The pickup branch (Salla's `branch_id`); Create and Update describe it in their own words. */
export const branchPicker = (description: string) =>
	recordLocator({ name: 'branch_id', displayName: 'Branch', noun: 'branch', example: '203948803', search: branchSearch, description });

/** The delivering shipping company (Salla's `courier_id`), described by Create or Update. */
export const courierPicker = (description: string, required?: boolean) =>
	recordLocator({
		name: 'courier_id',
		displayName: 'Shipping Company',
		noun: 'shipping company',
		example: '1433878184',
		search: shippingCompanySearch,
		required,
		description,
	});

/** The ship-to fields in a merchant's words; every one but District is part of the National Address. */
const ADDRESS_FIELDS: Array<{ name: string; label: string; required: boolean; hint: string }> = [
	{ name: 'country', label: 'Country', required: true, hint: 'Choose the country from the list, or give its Salla ID.' },
	{ name: 'city', label: 'City', required: true, hint: 'Choose the city from the list, or give its Salla ID.' },
	{ name: 'district', label: 'District ID', required: false, hint: '' },
	{ name: 'address_line', label: 'Address Line', required: true, hint: 'Give the street address, for example "King Fahd Road".' },
	{ name: 'street_number', label: 'Street Number', required: true, hint: 'Give the street number, for example 8230.' },
	{ name: 'block', label: 'Block (Neighbourhood)', required: true, hint: 'Give the block or neighbourhood, for example Al Olaya.' },
	{ name: 'building_number', label: 'Building Number', required: true, hint: 'Give the 4-digit building number of the National Address, for example 8228.' },
	{ name: 'additional_number', label: 'Additional Number', required: true, hint: 'Give the 4-digit additional number of the National Address, for example 2121.' },
	{ name: 'postal_code', label: 'Postal Code', required: true, hint: 'Give the 5-digit postal code, for example 12214.' },
	{ name: 'short_address', label: 'Short Address', required: true, hint: 'Give the 8-character short address of the National Address, for example RHMA3184.' },
];

const addressValues: INodeProperties[] = [
	{
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: loadWith(countryOptions),
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'City Name or ID',
		name: 'city',
		type: 'options',
		typeOptions: loadWith(shipToCityOptions, ['ship_to.address.country']),
		default: '',
		description:
			'The cities of the chosen country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'District ID',
		name: 'district',
		type: 'string',
		default: '',
		placeholder: 'e.g. 674989864',
		description: 'Optional: Salla\'s ID of the district',
	},
	{
		displayName: 'Address Line',
		name: 'address_line',
		type: 'string',
		default: '',
		placeholder: 'e.g. King Fahd Road',
	},
	{
		displayName: 'Street Number',
		name: 'street_number',
		type: 'string',
		default: '',
		placeholder: 'e.g. 8230',
	},
	{
		displayName: 'Block (Neighbourhood)',
		name: 'block',
		type: 'string',
		default: '',
		placeholder: 'e.g. Al Olaya',
	},
	{
		displayName: 'Building Number',
		name: 'building_number',
		type: 'string',
		default: '',
		placeholder: 'e.g. 8228',
	},
	{
		displayName: 'Additional Number',
		name: 'additional_number',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2121',
	},
	{
		displayName: 'Postal Code',
		name: 'postal_code',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12214',
	},
	{
		displayName: 'Short Address',
		name: 'short_address',
		type: 'string',
		default: '',
		placeholder: 'e.g. RHMA3184',
		description: 'The 8-character short address of the Saudi National Address',
	},
	{
		displayName: 'Latitude',
		name: 'lat',
		type: 'number',
		typeOptions: { numberPrecision: 7 },
		default: 0,
		description: 'Where the address is on the map (latitude, -90 to 90)',
	},
	{
		displayName: 'Longitude',
		name: 'lng',
		type: 'number',
		typeOptions: { numberPrecision: 7 },
		default: 0,
		description: 'Where the address is on the map (longitude, -180 to 180)',
	},
];

export const shipTo: INodeProperties = {
	displayName: 'Ship To',
	name: 'ship_to',
	type: 'fixedCollection',
	placeholder: 'Add Address',
	default: {},
	description:
		'Where the order is shipped. Since 2026-01-05 Salla requires the full National Address: country, city, address line, street number, block, building number, additional number, postal code, short address and map location.',
	options: [{ displayName: 'Address', name: 'address', values: addressValues }],
};

/**
 * Salla's `ship_to` from the Ship To field, with every National Address field checked. `geoKey` is
 * the longitude's name: Create Order's schema says `lang`, Update Order's schema `lng`.
 */
export function buildShipTo(context: IExecuteSingleFunctions, geoKey: 'lang' | 'lng'): IDataObject | undefined {
	const raw = context.getNodeParameter('ship_to.address', null) as IDataObject | null;
	if (!raw || typeof raw !== 'object' || !Object.keys(raw).length) return undefined;
	const body: IDataObject = {};
	for (const field of ADDRESS_FIELDS) {
		const label = `Ship To: ${field.label}`;
		if (field.name === 'country' || field.name === 'city' || field.name === 'district') {
			const id = optionalId(context, label, raw[field.name]);
			if (id === undefined && field.required) throw inputError(context, `${label} is empty`, field.hint);
			if (id !== undefined) body[field.name] = id;
			continue;
		}
		const text = field.required
			? requireText(context, label, raw[field.name], field.hint)
			: optionalText(context, label, raw[field.name]);
		if (text !== undefined) body[field.name] = text;
	}
	if (!/^[A-Za-z]{4}[0-9]{4}$/.test(String(body.short_address))) {
		throw inputError(
			context,
			`Ship To: Short Address: "${String(body.short_address)}" is not a short address`,
			'A short address is 4 letters and 4 digits, for example RHMA3184.',
		);
	}
	const lat = optionalNumber(context, 'Ship To: Latitude', raw.lat, { min: -90, max: 90 });
	const lng = optionalNumber(context, 'Ship To: Longitude', raw.lng, { min: -180, max: 180 });
	if (lat === undefined || lng === undefined || (lat === 0 && lng === 0)) {
		throw inputError(
			context,
			'Ship To: Latitude and Longitude are required',
			'Give the address\'s map location, for example Latitude 24.7136 and Longitude 46.6753: Salla requires it since 2026-01-05.',
		);
	}
	body.geo_coordinates = { lat, [geoKey]: lng };
	return body;
}

export const DELIVERY_METHODS = [
	{ name: 'Shipping', value: 'shipping', description: 'A shipping company delivers the order to an address' },
	{ name: 'Pickup From a Branch', value: 'pickup', description: 'The customer picks the order up from a branch' },
];
