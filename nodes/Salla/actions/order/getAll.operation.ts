import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idList, inputError, optionalBoolean, optionalId, optionalText, toList } from '../../../shared/validate';
import { recordLocator, returnAllLimit } from '../../common/fields';
import { dateRangeFilters } from '../../common/filters';
import { defineOperation } from '../../common/operation';
import { simplifyManyFields, simplifyOrders } from './simplify';
import { loadWith } from '../../common/search';
import { countryDropdown, paymentMethodsField } from '../../common/storeLists';
import { branchOptions } from '../branch/shared';
import { customerSearch } from '../customer/shared';
import { employeeOptions } from '../employee/shared';
import { orderStatusOptions } from '../orderStatus/shared';
import { shippingCompanyOptions } from '../shippingCompany/shared';

/**
 * GET /orders. Salla documents list filters PHP-style (`status[]=1&status[]=2`): multi-value filters
 * are sent exactly so, with n8n's `arrayFormat: 'brackets'` (its default would be `status[0]=1`).
 * `tags[]` takes tag IDs (List Orders: "array of ID integers"), not names; Salla documents no list of
 * order tags to pick them from. `shipping_app_id[]` is the shipping application: the node offers the
 * store's shipping companies (`GET /shipping/companies`), whose IDs the dashboard filters by.
 */

const ACCOUNTING_SERVICES = [
	{ name: 'Daftra', value: 'daftra' },
	{ name: 'Qoyod', value: 'qoyod' },
	{ name: 'Zoho Books', value: 'zoho_books' },
];

export const ORDER_SOURCES = [
	{ name: 'Abandoned Cart', value: 'abandoned-cart' },
	{ name: 'Buy As Gift', value: 'buy_as_gift' },
	{ name: 'Buy Now', value: 'buy_now' },
	{ name: 'Campaign', value: 'campaign' },
	{ name: 'Complete Order', value: 'complete_order' },
	{ name: 'Dashboard', value: 'dashboard' },
	{ name: 'Forgotten Basket', value: 'forgotten_basket' },
	{ name: 'Landing Page', value: 'landing' },
	{ name: 'Mahly App', value: 'mahly-app' },
	{ name: 'One Click', value: 'one-click' },
	{ name: 'Store', value: 'store' },
];

export const SELLING_CHANNELS = [
	{ name: 'Affiliate', value: 'affiliate' },
	{ name: 'Desktop', value: 'desktop' },
	{ name: 'Mahly App', value: 'mahly-app' },
	{ name: 'Mobile', value: 'mobile' },
	{ name: 'Mobile App', value: 'mobile-app' },
];

const SORTS = [
	{ name: 'Newest First (ID)', value: 'id-desc' },
	{ name: 'Oldest First (ID)', value: 'id-asc' },
	{ name: 'Total, Highest First', value: 'total-desc' },
	{ name: 'Total, Lowest First', value: 'total-asc' },
	{ name: 'Recently Updated First', value: 'updated_at-desc' },
	{ name: 'Least Recently Updated First', value: 'updated_at-asc' },
	{ name: 'Recently Created First', value: 'created_at-desc' },
	{ name: 'Least Recently Created First', value: 'created_at-asc' },
];

function textList(context: IExecuteSingleFunctions, label: string, raw: unknown): string[] {
	return toList(raw).map((entry) => {
		if (typeof entry !== 'string' && typeof entry !== 'number') {
			throw inputError(context, `${label}: "${JSON.stringify(entry)}" is not text`, `Give ${label} as text, as a list or separated by commas.`);
		}
		return String(entry);
	});
}

function choiceList(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	allowed: Array<{ name: string; value: string }>,
): string[] {
	return textList(context, label, raw).map((entry) => {
		if (!allowed.some((option) => option.value === entry)) {
			throw inputError(
				context,
				`${label}: "${entry}" is not one of the choices`,
				`${label} takes: ${allowed.map((option) => option.value).join(', ')}.`,
			);
		}
		return entry;
	});
}

async function sendFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = (this.getNodeParameter('filters', {}) ?? {}) as IDataObject;
	const qs: IDataObject = {};
	const keyword = optionalText(this, 'Keyword', filters.keyword);
	if (keyword) qs.keyword = keyword;
	const statuses = idList(this, 'Status', filters.status, '566146469');
	if (statuses.length) qs.status = statuses;
	const methods = textList(this, 'Payment Method', filters.payment_method);
	if (methods.length) qs.payment_method = methods;
	const customer = optionalId(this, 'Customer', filters.customer_id, '447121768');
	if (customer !== undefined) qs.customer_id = customer;
	const referenceId = optionalId(this, 'Order Number', filters.reference_id, '40497223');
	if (referenceId !== undefined) qs.reference_id = referenceId;
	const coupon = optionalText(this, 'Coupon Code', filters.coupon);
	if (coupon) qs.coupon = coupon;
	const tags = idList(this, 'Tag IDs', filters.tags, '1906257745');
	if (tags.length) qs.tags = tags;
	const branches = idList(this, 'Branches', filters.branch, '1846327032');
	if (branches.length) qs.branch = branches;
	const product = optionalText(this, 'Product Name', filters.product);
	if (product) qs.product = product;
	const country = optionalId(this, 'Country', filters.country, '1473353380');
	if (country !== undefined) qs.country = country;
	const city = optionalText(this, 'City', filters.city);
	if (city) qs.city = city;
	if (optionalBoolean(this, 'Unread Only', filters.unread)) qs.unread = true;
	const employees = idList(this, 'Assigned Employees', filters.assign_employee, '461258256');
	if (employees.length) qs.assign_employee = employees;
	const creator = optionalId(this, 'Created By', filters.created_by, '461258256');
	if (creator !== undefined) qs.created_by = creator;
	const shippingApps = idList(this, 'Shipping Companies', filters.shipping_app_id, '1433878184');
	if (shippingApps.length) qs.shipping_app_id = shippingApps;
	if (filters.accounting_services !== undefined && filters.accounting_services !== '') {
		qs.accounting_services = choiceList(this, 'Not Yet Sent To', filters.accounting_services, ACCOUNTING_SERVICES)[0];
	}
	const sources = choiceList(this, 'Source', filters.source, ORDER_SOURCES);
	if (sources.length) qs.source = sources;
	const channels = choiceList(this, 'Selling Channel', filters.selling_channel, SELLING_CHANNELS);
	if (channels.length) qs.selling_channel = channels;
	if (filters.sort_by !== undefined && filters.sort_by !== '') {
		qs.sort_by = choiceList(this, 'Sort', filters.sort_by, SORTS)[0];
	}
	requestOptions.qs = { ...requestOptions.qs, ...qs };
	// As Salla documents them: status[]=1&status[]=2 (n8n's default would send status[0]=1&status[1]=2).
	requestOptions.arrayFormat = 'brackets';
	return requestOptions;
}

const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Assigned Employee Names or IDs',
			name: 'assign_employee',
			type: 'multiOptions',
			typeOptions: loadWith(employeeOptions),
			default: [],
			description:
				'Only orders assigned to these employees. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Branch Names or IDs',
			name: 'branch',
			type: 'multiOptions',
			typeOptions: loadWith(branchOptions),
			default: [],
			description:
				'Only orders of these branches. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'City',
			name: 'city',
			type: 'string',
			default: '',
			placeholder: 'e.g. jeddah',
			description: 'Only orders shipped to this city, by its name as Salla spells it',
		},
		countryDropdown('country', 'Only orders shipped to this country'),
		{
			displayName: 'Coupon Code',
			name: 'coupon',
			type: 'string',
			default: '',
			placeholder: 'e.g. SUMMER10',
			description: 'Only orders that used this coupon code',
		},
		...dateRangeFilters(
			{ name: 'from_date', displayName: 'Created From', description: 'Only orders created on or after this day' },
			{ name: 'to_date', displayName: 'Created To', description: 'Only orders created on or before this day' },
		),
		recordLocator({
					name: 'customer_id',
					displayName: 'Customer',
					noun: 'customer',
					example: '447121768',
					search: customerSearch,
					description: 'Only orders of this customer',
					required: false,
				}),
		{
			displayName: 'Created By Name or ID',
			name: 'created_by',
			type: 'options',
			typeOptions: loadWith(employeeOptions),
			default: '',
			description:
				'Only orders this employee created in the dashboard. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0566666666',
			description: 'Searches the customer\'s name and mobile, the shipping number, the order number and tags',
		},
		{
			displayName: 'Not Yet Sent To',
			name: 'accounting_services',
			type: 'options',
			options: ACCOUNTING_SERVICES,
			default: 'qoyod',
			description: 'Only orders not yet sent to this accounting service',
		},
		{
			displayName: 'Order Number',
			name: 'reference_id',
			type: 'string',
			default: '',
			placeholder: 'e.g. 40497223',
			description: 'The order number the customer sees (Salla\'s reference ID), not the order ID',
		},
		paymentMethodsField('Only orders paid with these methods'),
		{
			displayName: 'Product Name',
			name: 'product',
			type: 'string',
			default: '',
			placeholder: 'e.g. Black T-Shirt',
			description: 'Only orders with this product, by its name',
		},
		{
			displayName: 'Selling Channel',
			name: 'selling_channel',
			type: 'multiOptions',
			options: SELLING_CHANNELS,
			default: [],
			description: 'Only orders placed through these channels',
		},
		{
			displayName: 'Shipping Company Names or IDs',
			name: 'shipping_app_id',
			type: 'multiOptions',
			typeOptions: loadWith(shippingCompanyOptions),
			default: [],
			description:
				'Only orders shipped with these shipping companies. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Sort',
			name: 'sort_by',
			type: 'options',
			options: SORTS,
			default: 'id-desc',
			description: 'The order Salla lists the orders in',
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'multiOptions',
			options: ORDER_SOURCES,
			default: [],
			description: 'Only orders that came from these sources',
		},
		{
			displayName: 'Status Names or IDs',
			name: 'status',
			type: 'multiOptions',
			typeOptions: loadWith(orderStatusOptions),
			default: [],
			description:
				'Only orders in these statuses (the store\'s statuses and sub-statuses). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Tag IDs',
			name: 'tags',
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag ID' },
			default: [],
			placeholder: 'e.g. 1906257745',
			description: 'Only orders with these tags, by tag ID (Salla filters by ID, not by name; Add Tag outputs a tag\'s ID)',
		},
		{
			displayName: 'Unread Only',
			name: 'unread',
			type: 'boolean',
			default: true,
			description: 'Whether to get only the orders nobody has opened in the dashboard yet',
		},
	],
	routing: { send: { preSend: [sendFilters] } },
};

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the store\'s orders, filtered by status, date, customer and more',
	action: 'Get many orders',
	method: 'GET',
	path: '/orders',
	scope: 'orders.read',
	list: true,
	postReceive: [simplifyOrders],
	fields: [...returnAllLimit(), filters, ...simplifyManyFields],
});
