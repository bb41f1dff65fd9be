import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { idList, inputError, oneOf, optionalMoney, optionalNumber, requireId, requireText, toNumber } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { recordLocator } from '../../common/fields';
import { loadWith, optionsPicker, searchList } from '../../common/search';
import { citiesOf, countryOptions } from '../../common/storeLists';
import { shippingCompanyOptions } from '../shippingCompany/shared';
import type { SallaBody } from '../../common/operation';

/** Shipping Zone → Create and Update share every field: Salla's body is the same and fully required in both. */

const place = (record: IDataObject, key: string) => {
	const value = record[key] as IDataObject | undefined;
	return value ? String(value.name_en || value.name || value.id) : undefined;
};

export const shippingZoneSearch = searchList('searchShippingZones', {
	path: '/shipping/zones',
	name: (zone) =>
		[place(zone, 'country'), place(zone, 'city'), (zone.company as IDataObject | undefined)?.slug].filter(Boolean).join(' · ') ||
		String(zone.zone_code ?? zone.id),
});

export const shippingZone = recordLocator({
	name: 'zone_id',
	displayName: 'Shipping Zone',
	noun: 'shipping zone',
	shortNoun: 'zone',
	example: '1120595191',
	search: shippingZoneSearch,
});

/** Salla's "everywhere" for a zone's country or city. */
const ALL = -1;

const zoneCountries = optionsPicker('getZoneCountries', async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'All Countries', value: ALL }, ...(await countryOptions.run.call(this))];
});
const cities = citiesOf('getZoneCities', 'zone_country');
const zoneCities = optionsPicker('getZoneCitiesOrAll', async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'All Cities', value: ALL }, ...(await cities.run.call(this))];
});

export const FEE_TYPES = [
	{ name: 'Fixed', value: 'fixed', description: 'One fee whatever the weight' },
	{ name: 'By Weight', value: 'rate', description: 'A fee up to a weight, then an amount per extra weight unit' },
] as const;

const forRate = { show: { fee_type: ['rate'] } };

export const zoneFields: INodeProperties[] = [
	{
		displayName: 'Shipping Company Name or ID',
		name: 'company',
		type: 'options',
		typeOptions: loadWith(shippingCompanyOptions),
		required: true,
		default: '',
		description: 'The custom shipping company that delivers in this zone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Country Name or ID',
		name: 'zone_country',
		type: 'options',
		typeOptions: loadWith(zoneCountries),
		required: true,
		default: '',
		description: 'Where it delivers (All Countries: everywhere). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'City Name or ID',
		name: 'zone_city',
		type: 'options',
		typeOptions: loadWith(zoneCities, ['zone_country']),
		required: true,
		default: '',
		description: 'The city of the chosen country (All Cities: the whole country). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Delivery Time', name: 'duration', type: 'string', required: true, default: '', placeholder: 'e.g. 3-5 days', description: 'How long delivery takes, as customers see it' },
	{ displayName: 'Fee Type', name: 'fee_type', type: 'options', options: [...FEE_TYPES], default: 'fixed' },
	{ displayName: 'Fee', name: 'amount', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'The shipping fee (By Weight: the fee up to the weight limit)' },
	{ displayName: 'Up to Weight', name: 'up_to_weight', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'The weight the fee covers, in the store\'s weight unit', displayOptions: forRate },
	{ displayName: 'Amount per Unit', name: 'amount_per_unit', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'What each extra weight unit costs', displayOptions: forRate },
	{ displayName: 'Weight per Unit', name: 'per_unit', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'The weight of one extra unit', displayOptions: forRate },
	additionalFields([
		{ displayName: 'Cash on Delivery', name: 'cod_status', type: 'boolean', default: false, description: 'Whether customers in the zone can pay cash on delivery' },
		{ displayName: 'Cash on Delivery Fee', name: 'cod_fees', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'What cash on delivery costs the customer' },
		{
			displayName: 'Excluded City Names or IDs',
			name: 'cities_excluded',
			type: 'multiOptions',
			typeOptions: loadWith(cities, ['zone_country']),
			default: [],
			description: 'Cities of the chosen country the zone does not deliver to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

function placeId(context: IExecuteSingleFunctions, label: string, raw: unknown): number {
	return toNumber(raw) === ALL ? ALL : requireId(context, label, raw, '1473353380');
}

function required(context: IExecuteSingleFunctions, label: string, raw: unknown, hint: string): number {
	const value = optionalNumber(context, label, raw, { min: 0 });
	if (!value) throw inputError(context, `${label} is empty`, hint);
	return value;
}

/** Salla's zone body from the item's fields. */
export function buildZone(this: IExecuteSingleFunctions): SallaBody {
	const type = oneOf(this, 'Fee Type', this.getNodeParameter('fee_type', 'fixed'), FEE_TYPES);
	const fees: IDataObject = { type };
	const amount = optionalMoney(this, 'Fee', this.getNodeParameter('amount', ''));
	if (type === 'fixed') {
		if (amount === undefined) throw inputError(this, 'Fee is empty', 'Give the fixed shipping fee, such as 25 (0 for free shipping).');
		fees.amount = amount;
	} else {
		if (amount) fees.amount = amount;
		fees.up_to_weight = required(this, 'Up to Weight', this.getNodeParameter('up_to_weight', ''), 'Give the weight the fee covers, such as 5.');
		fees.amount_per_unit = required(this, 'Amount per Unit', this.getNodeParameter('amount_per_unit', ''), 'Give what each extra weight unit costs, such as 2.');
		fees.per_unit = required(this, 'Weight per Unit', this.getNodeParameter('per_unit', ''), 'Give the weight of one extra unit, such as 1.');
	}
	const shipping: IDataObject = {
		country: placeId(this, 'Country Name or ID', this.getNodeParameter('zone_country', '')),
		city: placeId(this, 'City Name or ID', this.getNodeParameter('zone_city', '')),
	};
	if (shipping.country === ALL && shipping.city !== ALL) {
		throw inputError(this, 'City Name or ID: a city needs a country', 'Choose the country of the city, or All Cities with All Countries.');
	}
	const extra = (this.getNodeParameter('additionalFields', {}) as IDataObject) ?? {};
	const excluded = idList(this, 'Excluded City Names or IDs', extra.cities_excluded, '257742554');
	if (excluded.length) shipping.cities_excluded = excluded;
	if (extra.cod_status !== undefined || extra.cod_fees !== undefined) {
		const cod: IDataObject = { status: extra.cod_status === true };
		const fee = optionalMoney(this, 'Cash on Delivery Fee', extra.cod_fees);
		if (fee !== undefined) cod.fees = fee;
		shipping.cash_on_delivery = cod;
	}
	shipping.fees = fees;
	shipping.duration = requireText(this, 'Delivery Time', this.getNodeParameter('duration', ''), 'Say how long delivery takes, such as 3-5 days.');
	return {
		company: requireId(this, 'Shipping Company Name or ID', this.getNodeParameter('company', ''), '488260393'),
		shipping,
	};
}

/** Salla's List Shipping Zones example answers one zone as `data` rather than a list: read either. */
export async function zonesAsList(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const data = item.json.data;
		return data && typeof data === 'object' && !Array.isArray(data) ? { ...item, json: { ...item.json, data: [data] } } : item;
	});
}
