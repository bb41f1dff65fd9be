import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, oneOf, optionalText, requireId } from '../../../shared/validate';
import { optionalRecordId, returnAllLimit } from '../../common/fields';
import { dateRangeFilters, filtersCollection } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { orderLocator, PAYMENT_METHODS, SHIPMENT_TYPES, STATUSES } from './shared';
import { loadWith } from '../../common/search';
import { shippingCompanyOptions } from '../shippingCompany/shared';
import { citiesOf, countryOptions } from '../../common/storeLists';

const orderField = orderLocator('Only the shipments of this order');

const SOURCES = [
	{ name: 'API', value: 'api' },
	{ name: 'Dashboard', value: 'dashboard' },
	{ name: 'Store', value: 'store' },
] as const;

function countryCode(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const code = optionalText(context, label, raw);
	if (code === undefined) return undefined;
	if (!/^[A-Za-z]{2}$/.test(code)) {
		throw inputError(context, `${label}: "${code}" is not a country code`, `Give ${label} as two letters, such as SA.`);
	}
	return code.toUpperCase();
}

const shipToCities = citiesOf('getShipmentDestinationCities', 'filters.ship_to_country_id');
const shipFromCities = citiesOf('getShipmentOriginCities', 'filters.ship_from_country_id');

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) as IDataObject) ?? {};
	const qs: IDataObject = {};
	if (filters.order_id !== undefined) {
		const order = optionalRecordId(this, orderField, { at: 'filters.order_id' });
		if (order !== undefined) qs.order_id = order;
	}
	if (filters.courier_id !== undefined && filters.courier_id !== '') {
		qs.courier_id = requireId(this, 'Shipping Company Name or ID', filters.courier_id, '814202285');
	}
	const slug = optionalText(this, 'Shipping Company Slug', filters.courier_slug);
	if (slug) qs.courier_slug = slug;
	if (filters.status !== undefined) qs.status = oneOf(this, 'Status', filters.status, STATUSES);
	if (filters.shipment_type !== undefined) qs.shipment_type = oneOf(this, 'Type', filters.shipment_type, SHIPMENT_TYPES);
	if (filters.payment_method !== undefined) qs.payment_method = oneOf(this, 'Payment Method', filters.payment_method, PAYMENT_METHODS);
	if (filters.source !== undefined) qs.source = oneOf(this, 'Created From', filters.source, SOURCES);
	for (const [key, label, param] of [
		['ship_to_country_id', 'Destination Country Name or ID', 'ship_to[country_id]'],
		['ship_to_city_id', 'Destination City Name or ID', 'ship_to[city_id]'],
		['ship_from_country_id', 'Origin Country Name or ID', 'ship_from[country_id]'],
		['ship_from_city_id', 'Origin City Name or ID', 'ship_from[city_id]'],
	]) {
		if (filters[key] !== undefined && filters[key] !== '') qs[param] = requireId(this, label, filters[key], '1473353380');
	}
	const to = countryCode(this, 'Destination Country Code', filters.ship_to_country_code);
	if (to) qs['ship_to[country_code]'] = to;
	const from = countryCode(this, 'Origin Country Code', filters.ship_from_country_code);
	if (from) qs['ship_from[country_code]'] = from;
	requestOptions.qs = { ...requestOptions.qs, ...qs };
	return requestOptions;
}

/** GET /shipments with its filters: every page with Return All, 60 a page. */
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s shipments and returns, with filters',
	action: 'Get many shipments',
	method: 'GET',
	path: '/shipments',
	scope: 'shipping.read',
	list: true,
	preSend: [sendFilters],
	fields: [
		...returnAllLimit(),
		filtersCollection([
			{
				displayName: 'Created From',
				name: 'source',
				type: 'options',
				options: [...SOURCES],
				default: 'api',
				description: 'Where the shipment was created',
			},
			...dateRangeFilters(
				{ name: 'from_date', displayName: 'From Date', description: 'Only shipments created on or after this day' },
				{ name: 'to_date', displayName: 'To Date', description: 'Only shipments created on or before this day' },
			),
			{
				displayName: 'Destination City Name or ID',
				name: 'ship_to_city_id',
				type: 'options',
				typeOptions: loadWith(shipToCities, ['filters.ship_to_country_id']),
				default: '',
				description:
					'Only shipments going to this city (choose Destination Country first). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Destination Country Code',
				name: 'ship_to_country_code',
				type: 'string',
				default: '',
				placeholder: 'e.g. SA',
				description: 'Only shipments going to this country (two letters)',
			},
			{
				displayName: 'Destination Country Name or ID',
				name: 'ship_to_country_id',
				type: 'options',
				typeOptions: loadWith(countryOptions),
				default: '',
				description:
					'Only shipments going to this country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			orderField,
			{
				displayName: 'Origin City Name or ID',
				name: 'ship_from_city_id',
				type: 'options',
				typeOptions: loadWith(shipFromCities, ['filters.ship_from_country_id']),
				default: '',
				description:
					'Only shipments sent from this city (choose Origin Country first). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Origin Country Code',
				name: 'ship_from_country_code',
				type: 'string',
				default: '',
				placeholder: 'e.g. SA',
				description: 'Only shipments sent from this country (two letters)',
			},
			{
				displayName: 'Origin Country Name or ID',
				name: 'ship_from_country_id',
				type: 'options',
				typeOptions: loadWith(countryOptions),
				default: '',
				description:
					'Only shipments sent from this country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Payment Method',
				name: 'payment_method',
				type: 'options',
				options: [...PAYMENT_METHODS],
				default: 'pre_paid',
			},
			{
				displayName: 'Shipping Company Name or ID',
				name: 'courier_id',
				type: 'options',
				typeOptions: loadWith(shippingCompanyOptions),
				default: '',
				description:
					'Only shipments of this shipping company. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Shipping Company Slug',
				name: 'courier_slug',
				type: 'string',
				default: '',
				placeholder: 'e.g. smsa',
				description: 'Only shipments of the shipping company with this slug',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [...STATUSES],
				default: 'created',
			},
			{
				displayName: 'Type',
				name: 'shipment_type',
				type: 'options',
				options: [...SHIPMENT_TYPES],
				default: 'shipment',
			},
		]),
	],
});
