import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { inputError, oneOf, optionalEmail, optionalMoney, optionalNumber, optionalText, optionalTexts, toList } from '../../../shared/validate';
import { WEIGHT_UNITS } from '../../common/vocabulary';

/** Shipment → Create's address and package fields, and their checks before sending. */

export const ORIGIN_TYPES = [
	{ name: 'A Branch', value: 'branch' },
	{ name: 'An Address', value: 'address' },
] as const;

export const SERVICE_TYPES = ['cash_on_delivery', 'cold', 'domestic', 'express', 'fulfillment', 'heavy', 'international', 'normal'];

/** The address fields Salla's ship_to and ship_from share, in the order a label reads. */
export const ADDRESS: Array<{ name: string; label: string; placeholder: string; description: string }> = [
	{ name: 'name', label: 'Name', placeholder: 'e.g. Mohammed Khalid', description: 'The contact person' },
	{ name: 'email', label: 'Email', placeholder: 'e.g. name@email.com', description: 'The contact\'s email address' },
	{ name: 'phone', label: 'Phone', placeholder: 'e.g. 966501636784', description: 'The contact\'s phone number' },
	{ name: 'country', label: 'Country', placeholder: 'e.g. SA', description: 'The country: its code or Salla country ID' },
	{ name: 'city', label: 'City', placeholder: 'e.g. Riyadh', description: 'The city: its name or Salla city ID' },
	{ name: 'address_line', label: 'Address Line', placeholder: 'e.g. King Fahd Road, Al Olaya', description: 'The street address' },
	{ name: 'street_number', label: 'Street Number', placeholder: 'e.g. 2345', description: 'The street number' },
	{ name: 'block', label: 'District', placeholder: 'e.g. Al Salam', description: 'The district or block' },
	{ name: 'postal_code', label: 'Postal Code', placeholder: 'e.g. 95128', description: 'The postal code' },
	{ name: 'short_address', label: 'Short Address', placeholder: 'e.g. RHMA3184', description: 'The Saudi National Address short code: 4 letters and 4 digits' },
	{ name: 'building_number', label: 'Building Number', placeholder: 'e.g. 8228', description: 'The National Address building number' },
	{ name: 'additional_number', label: 'Additional Number', placeholder: 'e.g. 2121', description: 'The National Address additional number' },
];

export const coordinateFields: INodeProperties[] = [
	{ displayName: 'Latitude', name: 'lat', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'The location\'s latitude, from -90 to 90' },
	{ displayName: 'Longitude', name: 'lng', type: 'number', typeOptions: { numberPrecision: 8 }, default: 0, description: 'The location\'s longitude, from -180 to 180' },
];

export const addressFields = (): INodeProperties[] =>
	ADDRESS.map((field) => ({
		displayName: field.label,
		name: field.name,
		type: 'string' as const,
		default: '',
		placeholder: field.placeholder,
		description: field.description,
	}));

export const byName = (a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName);

/** ship_to fields both Salla's schema and its example send: required once Ship To is used. */
export const SHIP_TO_REQUIRED = ['name', 'email', 'phone', 'country', 'city', 'address_line', 'street_number', 'block', 'postal_code'];

export function address(context: IExecuteSingleFunctions, label: string, values: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const field of ADDRESS) {
		const fieldLabel = `${label}: ${field.label}`;
		const text = field.name === 'email' ? optionalEmail(context, fieldLabel, values.email) : optionalText(context, fieldLabel, values[field.name]);
		if (text) out[field.name] = text;
	}
	if (typeof out.short_address === 'string' && !/^[A-Za-z]{4}[0-9]{4}$/.test(out.short_address)) {
		throw inputError(context, `${label}: Short Address: "${out.short_address}" is not a short address`, 'A National Address short code is 4 letters and 4 digits, such as RHMA3184.');
	}
	const lat = optionalNumber(context, `${label}: Latitude`, values.lat, { min: -90, max: 90 });
	const lng = optionalNumber(context, `${label}: Longitude`, values.lng, { min: -180, max: 180 });
	if ((lat === undefined) !== (lng === undefined)) {
		throw inputError(context, `${label}: Latitude and Longitude go together`, 'Give both coordinates, or neither.');
	}
	if (lat !== undefined && lng !== undefined) out.geo_coordinates = { lat, lng };
	return out;
}

export function packages(context: IExecuteSingleFunctions): IDataObject[] {
	const rows = toList(context.getNodeParameter('packages.package', [])) as IDataObject[];
	if (!rows.length) {
		throw inputError(context, 'Packages is empty', 'Add at least one package: the item, its quantity, price and weight.');
	}
	return rows.map((row, index) => {
		const label = `Package ${index + 1}`;
		const item = optionalTexts(context, row, [
			['name', `${label}: Item Name`],
			['sku', `${label}: SKU`],
			['external_id', `${label}: External ID`],
		]);
		const quantity = optionalNumber(context, `${label}: Quantity`, row.quantity, { min: 1, integer: true });
		if (quantity === undefined) throw inputError(context, `${label}: Quantity is empty`, 'Give how many units the package holds, such as 1.');
		item.quantity = quantity;
		const price = optionalMoney(context, `${label}: Price`, row.price);
		// 0 (the field's default) means no price given.
		if (price) item.price = { amount: price, currency: currency(context, `${label}: Currency`, row.currency) };
		const weight = optionalNumber(context, `${label}: Weight`, row.weight, { min: 0 });
		// 0 (the field's default) means no weight given.
		if (weight) {
			item.weight = { value: weight, units: oneOf(context, `${label}: Weight Unit`, row.weight_units ?? 'kg', WEIGHT_UNITS) };
		}
		return item;
	});
}

export function currency(context: IExecuteSingleFunctions, label: string, raw: unknown): string {
	const code = optionalText(context, label, raw);
	if (!code || !/^[A-Za-z]{3}$/.test(code)) {
		throw inputError(context, `${label}: "${String(raw ?? '')}" is not a currency code`, `Give ${label} as three letters, such as SAR.`);
	}
	return code.toUpperCase();
}
