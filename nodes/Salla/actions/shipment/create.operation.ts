import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalMoney, optionalTexts, requireId, toList } from '../../../shared/validate';
import { additionalFields } from '../../common/collections';
import { optionalRecordId, readRecordId, recordLocator } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { orderLocator, PAYMENT_METHODS, policyOptionsField, SHIPMENT_TYPES, shipmentSearch, withPolicyOptions } from './shared';
import { ADDRESS, address, addressFields, byName, coordinateFields, currency, ORIGIN_TYPES, packages, SERVICE_TYPES, SHIP_TO_REQUIRED } from './createFields';
import { WEIGHT_UNITS } from '../../common/vocabulary';
import { loadWith } from '../../common/search';
import { branchDropdown } from '../branch/shared';
import { shippingCompanyOptions } from '../shippingCompany/shared';

/**
 * POST /shipments. Salla requires courier_id, shipment_type, payment_method and packages, and the
 * shipment being returned when shipment_type is `return`. The page's schema marks nearly every
 * address field required (deprecated country_id/city_id included) while its example sends fewer:
 * the address fields required here are those both name (see the README's known limits).
 */

const orderField = orderLocator('The order the shipment belongs to');

const returned = recordLocator({
	name: 'shipment_id',
	displayName: 'Shipment to Return',
	noun: 'shipment',
	example: '362985662',
	search: shipmentSearch,
	description: 'The shipment the goods come back from (Salla requires it for a return)',
});

function buildShipment(this: IExecuteSingleFunctions): SallaBody {
	const body: IDataObject = {
		courier_id: requireId(this, 'Shipping Company Name or ID', this.getNodeParameter('courier_id', ''), '814202285'),
		shipment_type: oneOf(this, 'Type', this.getNodeParameter('shipment_type', ''), SHIPMENT_TYPES),
		payment_method: oneOf(this, 'Payment Method', this.getNodeParameter('payment_method', ''), PAYMENT_METHODS),
	};
	if (body.shipment_type === 'return') body.shipment_id = readRecordId(this, returned);
	const order = optionalRecordId(this, orderField);
	if (order !== undefined) body.order_id = order;

	if (body.payment_method === 'cod') {
		const amount = optionalMoney(this, 'Cash to Collect', this.getNodeParameter('cod_amount', ''));
		if (amount !== undefined) {
			body.cash_on_delivery = { amount, currency: currency(this, 'Cash Currency', this.getNodeParameter('cod_currency', 'SAR')) };
		}
	}

	const extra = (this.getNodeParameter('additionalFields', {}) as IDataObject) ?? {};
	if (extra.overwrite_exists_pending !== undefined) body.overwrite_exists_pending = extra.overwrite_exists_pending === true;
	Object.assign(
		body,
		optionalTexts(this, extra, [
			['description', 'Description'],
			['remarks', 'Remarks'],
			['external_id', 'External ID'],
			['external_additional_id', 'External Additional ID'],
			['external_company_name', 'External Company Name'],
		]),
	);
	const services = toList(extra.service_types).map(String);
	if (services.length) body.service_types = services;

	const shipTo = address(this, 'Ship To', (this.getNodeParameter('ship_to', {}) as IDataObject) ?? {});
	if (Object.keys(shipTo).length) {
		const missing = SHIP_TO_REQUIRED.filter((key) => shipTo[key] === undefined);
		if (missing.length) {
			const labels = missing.map((key) => ADDRESS.find((field) => field.name === key)?.label).join(', ');
			throw inputError(this, `Ship To: ${labels} ${missing.length === 1 ? 'is' : 'are'} empty`, `Salla needs the whole destination address: add ${labels}.`);
		}
		body.ship_to = shipTo;
	}

	const fromValues = (this.getNodeParameter('ship_from', {}) as IDataObject) ?? {};
	if (Object.keys(fromValues).length) {
		const type = oneOf(this, 'Ship From: Origin', fromValues.type ?? 'branch', ORIGIN_TYPES);
		const from: IDataObject = { type };
		if (type === 'branch') {
			from.branch_id = requireId(this, 'Ship From: Branch Name or ID', fromValues.branch_id, '1723506348');
		}
		Object.assign(from, address(this, 'Ship From', fromValues));
		body.ship_from = from;
	}

	body.packages = packages(this);
	return withPolicyOptions(this, body);
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create a shipment or a return with a shipping company; every rule is checked before it is sent',
	action: 'Create a shipment',
	method: 'POST',
	path: '/shipments',
	scope: 'shipping.read_write',
	body: buildShipment,
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Shipping Company Name or ID',
			name: 'courier_id',
			type: 'options',
			typeOptions: loadWith(shippingCompanyOptions),
			required: true,
			default: '',
			description:
				'The store\'s shipping company that carries it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Type',
			name: 'shipment_type',
			type: 'options',
			options: [...SHIPMENT_TYPES],
			default: 'shipment',
		},
		{ ...returned, required: false, displayOptions: { show: { shipment_type: ['return'] } } },
		{
			displayName: 'Payment Method',
			name: 'payment_method',
			type: 'options',
			options: [...PAYMENT_METHODS],
			default: 'pre_paid',
		},
		{
			displayName: 'Cash to Collect',
			name: 'cod_amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The amount the courier collects on delivery',
			displayOptions: { show: { payment_method: ['cod'] } },
		},
		{
			displayName: 'Cash Currency',
			name: 'cod_currency',
			type: 'string',
			default: 'SAR',
			placeholder: 'e.g. SAR',
			description: 'The currency of the cash to collect (three letters)',
			displayOptions: { show: { payment_method: ['cod'] } },
		},
		{
			displayName: 'Packages',
			name: 'packages',
			type: 'fixedCollection',
			placeholder: 'Add Package',
			typeOptions: { multipleValues: true },
			required: true,
			default: {},
			description: 'What is shipped: at least one item',
			options: [
				{
					displayName: 'Package',
					name: 'package',
					values: [
						{
							displayName: 'Currency',
							name: 'currency',
							type: 'string',
							default: 'SAR',
							description: 'The currency of the price (three letters)',
						},
						{
							displayName: 'External ID',
							name: 'external_id',
							type: 'string',
							default: '',
							description: 'The item\'s ID in another system',
						},
						{
							displayName: 'Item Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. T-shirt',
						},
						{
							displayName: 'Price',
							name: 'price',
							type: 'number',
							default: 0,
							description: 'The price of one unit; 0 sends no price',
						},
						{
							displayName: 'Quantity',
							name: 'quantity',
							type: 'number',
							default: 1
						},
						{
							displayName: 'SKU',
							name: 'sku',
							type: 'string',
							default: '',
							placeholder: 'e.g. 52743-145',
						},
						{
							displayName: 'Weight',
							name: 'weight',
							type: 'number',
							default: 0,
							description: 'The weight of one unit; 0 sends no weight',
						},
						{
							displayName: 'Weight Unit',
							name: 'weight_units',
							type: 'options',
							options: [...WEIGHT_UNITS],
							default: 'kg',
						},
					],
				},
			],
		},
		orderField,
		{
			displayName: 'Ship To',
			name: 'ship_to',
			type: 'collection',
			placeholder: 'Add Address Field',
			default: {},
			description:
				'The destination. Once used, Salla needs Name, Email, Phone, Country, City, Address Line, Street Number, District and Postal Code.',
			options: [...addressFields(), ...coordinateFields].sort(byName),
		},
		{
			displayName: 'Ship From',
			name: 'ship_from',
			type: 'collection',
			placeholder: 'Add Origin Field',
			default: {},
			description: 'Where the shipment leaves from: one of the store\'s branches, or an address',
			options: [
				...[
					...addressFields(),
					...coordinateFields,
					branchDropdown('branch_id', 'The branch it leaves from (when Origin is A Branch)'),
					{
						displayName: 'Origin',
						name: 'type',
						type: 'options',
						options: [...ORIGIN_TYPES],
						default: 'branch',
					} as INodeProperties,
				].sort(byName),
			],
		},
		additionalFields([
			{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. 3 T-shirts', description: 'What the shipment holds' },
			{ displayName: 'External Additional ID', name: 'external_additional_id', type: 'string', default: '', description: 'A second reference for the shipment' },
			{ displayName: 'External Company Name', name: 'external_company_name', type: 'string', default: '', description: 'The shipping company\'s name when it is not one of Salla\'s' },
			{ displayName: 'External ID', name: 'external_id', type: 'string', default: '', description: 'The shipping company\'s own ID for the shipment' },
			{
				displayName: 'Remarks',
				name: 'remarks',
				type: 'string',
				default: '',
				placeholder: 'e.g. Deliver after 5 PM',
				description: 'Notes or delivery instructions',
			},
			{
				displayName: 'Replace Pending Shipment',
				name: 'overwrite_exists_pending',
				type: 'boolean',
				default: false,
				description: 'Whether this shipment replaces the pending one Salla made when the order was created',
			},
			{
				displayName: 'Service Types',
				name: 'service_types',
				type: 'multiOptions',
				options: SERVICE_TYPES.map((value) => ({
					name: value.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()),
					value,
				})),
				default: [],
				description: 'The services asked of the shipping company',
			},
		]),
		policyOptionsField,
	],
});
