import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { inputError, toList, toNumber, walkSallaPages } from '../transport';

/**
 * Customer Groups (`/customers/groups`). Salla words in names (`conditions`, `symbol`, `min_value`,
 * `payment_method`); a merchant's words in the UI ("Total sales", "Between").
 *
 * Every operation sets `send.paginate: true`: that routes its request through the node's
 * `requestOperations.pagination` (transport's `sendToSalla`, or `walkSallaPages` for Get Many), the
 * one door where Salla's errors are mapped. Salla has no "get one group" endpoint and no "remove a
 * customer from a group" endpoint, so neither operation exists here.
 */

const CONDITION_TYPES = [
	{ name: 'Total Sales', value: 'total_sales', description: 'The customer\'s total purchases, in the store currency' },
	{ name: 'Total Orders', value: 'total_orders', description: 'How many orders the customer has placed' },
	{ name: 'Store Rating', value: 'store_rating', description: 'The rating the customer gave the store' },
	{
		name: 'Doesn\'t Have Orders',
		value: 'doesnt_have_orders',
		description: 'Customers without orders. Salla\'s docs do not say which operator and value it takes.',
	},
];

const SYMBOLS = [
	{ name: 'Greater Than', value: '>' },
	{ name: 'Less Than', value: '<' },
	{ name: 'Between', value: 'between' },
];

const SYMBOL_LABELS: Record<string, string> = { '>': 'Greater than', '<': 'Less than', between: 'Between' };

const show = (operation: string[]) => ({ show: { resource: ['customerGroup'], operation } });

const unwrapData = { type: 'rootProperty', properties: { property: 'data' } } as const;

export const customerGroupOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerGroup'] } },
		options: [
			{
				name: 'Add Customers',
				value: 'addCustomers',
				description: 'Add customers to a customer group',
				action: 'Add customers to a customer group',
				routing: {
					request: { method: 'POST', url: '/customers/groups/add_customers' },
					send: { paginate: true, preSend: [sendCustomers] },
					output: { postReceive: [describeAddedCustomers] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a customer group with conditions and features',
				action: 'Create a customer group',
				routing: {
					request: { method: 'POST', url: '/customers/groups' },
					send: { paginate: true },
					output: { postReceive: [unwrapData] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a customer group; its customers stay in the store',
				action: 'Delete a customer group',
				routing: {
					// The URL comes from the Customer Group field (groupInUrl).
					request: { method: 'DELETE' },
					send: { paginate: true },
					output: { postReceive: [describeDeletedGroup] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the store\'s customer groups',
				action: 'Get many customer groups',
				routing: {
					request: { method: 'GET', url: '/customers/groups' },
					send: { paginate: true },
					operations: { pagination: walkSallaPages },
				},
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a customer group\'s name, conditions or features',
				action: 'Update a customer group',
				routing: {
					// The URL comes from the Customer Group field (groupInUrl).
					request: { method: 'PUT' },
					send: { paginate: true, preSend: [requireSomethingToUpdate] },
					output: { postReceive: [unwrapData] },
				},
			},
			{
				name: 'Update Default Group',
				value: 'updateDefault',
				description: 'Change the payment methods and shipping of the group every new customer joins',
				action: 'Update the default customer group',
				routing: {
					request: { method: 'POST', url: '/customers/groups/default' },
					send: { paginate: true, preSend: [requireFeatures] },
					output: { postReceive: [unwrapData] },
				},
			},
		],
		default: 'create',
	},
];

// ---------------------------------------------------------------------------------------------
// Request builders (preSend): validate what the user or an expression gave, then shape Salla's body.
// They run per item, before anything is sent, so a bad item fails alone and sends nothing.
// ---------------------------------------------------------------------------------------------

async function checkName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = this.getNodeParameter('name', '') as unknown;
	if (typeof name !== 'string' && typeof name !== 'number') {
		throw inputError(this, 'Name must be text', 'Give the customer group a name, for example "VIP customers".');
	}
	const trimmed = String(name).trim();
	if (!trimmed) {
		throw inputError(this, 'Name is empty', 'Give the customer group a name, for example "VIP customers".');
	}
	(requestOptions.body as IDataObject).name = trimmed;
	return requestOptions;
}

function conditionNumber(
	context: IExecuteSingleFunctions,
	label: string,
	field: string,
	raw: unknown,
): number | undefined {
	const value = toNumber(raw);
	if (Number.isNaN(value)) {
		throw inputError(
			context,
			`${label}: ${field} must be a number, not "${String(raw)}"`,
			'Use digits only, for example 1000 or 4.5.',
		);
	}
	return value;
}

/** One UI condition row as Salla's `{type, symbol, value}` or `{type, symbol, min_value, max_value}`. */
function toCondition(context: IExecuteSingleFunctions, row: IDataObject, position: number): IDataObject {
	const label = `Condition ${position}`;
	const type = row.type;
	if (!CONDITION_TYPES.some((option) => option.value === type)) {
		throw inputError(
			context,
			`${label}: unknown Type "${String(type)}"`,
			`Type must be one of: ${CONDITION_TYPES.map((option) => `${option.value} (${option.name})`).join(', ')}.`,
		);
	}
	const symbol = row.symbol;
	if (!SYMBOLS.some((option) => option.value === symbol)) {
		throw inputError(
			context,
			`${label}: unknown Operator "${String(symbol)}"`,
			'Operator must be one of: > (Greater than), < (Less than), between (Between).',
		);
	}

	if (symbol === 'between') {
		const min = conditionNumber(context, label, 'Min Value', row.min_value);
		const max = conditionNumber(context, label, 'Max Value', row.max_value);
		if (min === undefined || max === undefined) {
			throw inputError(
				context,
				`${label}: Min Value and Max Value are both required when Operator is Between`,
				'Set both ends of the range, for example Min Value 100 and Max Value 500.',
			);
		}
		if (min > max) {
			throw inputError(
				context,
				`${label}: Min Value (${min}) is greater than Max Value (${max})`,
				'Swap the two values so that Min Value is the lower end of the range.',
			);
		}
		return { type, symbol, min_value: min, max_value: max };
	}

	const value = conditionNumber(context, label, 'Value', row.value);
	if (value === undefined) {
		throw inputError(
			context,
			`${label}: Value is required when Operator is ${SYMBOL_LABELS[symbol as string]}`,
			'Set the number to compare with, for example 1000.',
		);
	}
	return { type, symbol, value };
}

async function sendConditions(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const rows = this.getNodeParameter('conditions.condition', []) as IDataObject[] | IDataObject;
	const list = Array.isArray(rows) ? rows : [rows];
	if (list.length) {
		(requestOptions.body as IDataObject).conditions = list.map((row, index) =>
			toCondition(this, row ?? {}, index + 1),
		);
	}
	return requestOptions;
}

function slugList(context: IExecuteSingleFunctions, field: string, raw: unknown): string[] {
	return toList(raw).map((entry) => {
		if (typeof entry !== 'string') {
			throw inputError(
				context,
				`${field}: "${JSON.stringify(entry)}" is not a valid value`,
				'Use Salla\'s slugs as text, for example "mada" or "credit_card", as a list or separated by commas.',
			);
		}
		return entry;
	});
}

/** Salla's `features` from the Features field, or undefined when the user set none. */
function buildFeatures(context: IExecuteSingleFunctions): IDataObject | undefined {
	const features = context.getNodeParameter('features', {}) as IDataObject;
	const body: IDataObject = {};
	const paymentMethods = slugList(context, 'Payment Methods', features.payment_method);
	if (paymentMethods.length) body.payment_method = paymentMethods;
	const shipping = slugList(context, 'Shipping', features.shipping);
	if (shipping.length) body.shipping = shipping;
	return Object.keys(body).length ? body : undefined;
}

async function sendFeatures(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const features = buildFeatures(this);
	// Salla marks `features` deprecated yet still honours it: send it only when the user set something.
	if (features) (requestOptions.body as IDataObject).features = features;
	return requestOptions;
}

/** Update Default Group can change nothing but features: an empty request would be pointless. */
async function requireFeatures(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (!buildFeatures(this)) {
		throw inputError(
			this,
			'Features is empty',
			'Add Payment Methods or Shipping: they are all Salla lets you change on the default group.',
		);
	}
	return requestOptions;
}

/** Update sends only what the user set, so at least one thing must be set. */
async function requireSomethingToUpdate(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = String(this.getNodeParameter('name', '') ?? '').trim();
	const conditions = toList(this.getNodeParameter('conditions.condition', []));
	if (!name && !conditions.length && !buildFeatures(this)) {
		throw inputError(
			this,
			'Nothing to update',
			'Set a new Name, or add Conditions or Features: only the fields you set are sent to Salla.',
		);
	}
	return requestOptions;
}

/** Update's Name is optional: sent only when set. */
async function sendNewName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = this.getNodeParameter('name', '') as unknown;
	if (name !== undefined && name !== null && typeof name !== 'string' && typeof name !== 'number') {
		throw inputError(this, 'Name must be text', 'Leave Name empty to keep the group\'s current name.');
	}
	const trimmed = String(name ?? '').trim();
	if (trimmed) (requestOptions.body as IDataObject).name = trimmed;
	return requestOptions;
}

/** A Salla ID: a positive whole number, from a number or digits in text. */
function toId(raw: unknown): number | undefined {
	const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	return /^[1-9][0-9]*$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}

function groupId(context: IExecuteSingleFunctions): number {
	const raw = context.getNodeParameter('group', undefined, { extractValue: true }) as unknown;
	const id = toId(raw);
	if (id === undefined) {
		throw inputError(
			context,
			raw === undefined || raw === null || raw === ''
				? 'Customer Group is empty'
				: `Customer Group: "${String(raw)}" is not a customer group ID`,
			'Choose the group from the list, or give its ID: a whole number such as 1394760126.',
		);
	}
	return id;
}

/** Checks the group ID that the Customer Group field put in the URL, before anything is sent. */
async function checkGroupId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	groupId(this);
	return requestOptions;
}

/** Customer IDs from a list, an expression giving an array, or comma-separated text, as integers. */
function customerIds(context: IExecuteSingleFunctions): number[] {
	const raw = context.getNodeParameter('customers', []) as unknown;
	const entries = toList(raw).flatMap((entry) => toList(entry));
	if (!entries.length) {
		throw inputError(
			context,
			'Customer IDs is empty',
			'Add at least one customer ID, such as 447121768, or map an array or a comma-separated list of IDs.',
		);
	}
	return entries.map((entry) => {
		const id = toId(entry);
		if (id === undefined) {
			throw inputError(
				context,
				`Customer IDs: "${typeof entry === 'string' ? entry : JSON.stringify(entry)}" is not a customer ID`,
				'Customer IDs are whole numbers, such as 447121768: the ID shown in the Salla dashboard or returned by Salla.',
			);
		}
		return id;
	});
}

async function sendCustomers(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	(requestOptions.body as IDataObject).group_id = groupId(this);
	(requestOptions.body as IDataObject).customers = customerIds(this);
	return requestOptions;
}

// ---------------------------------------------------------------------------------------------
// Output (postReceive): Salla answers these with a bare message; say what happened to what.
// ---------------------------------------------------------------------------------------------

function sallaMessage(response: IN8nHttpFullResponse): string | undefined {
	const data = (response.body as IDataObject | undefined)?.data;
	const first = Array.isArray(data) ? data[0] : (data as IDataObject | undefined)?.message;
	return typeof first === 'string' ? first : undefined;
}

async function describeDeletedGroup(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { id: groupId(this), deleted: true, message: sallaMessage(response) ?? null } }];
}

async function describeAddedCustomers(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [
		{
			json: {
				group_id: groupId(this),
				customers: customerIds(this),
				added: true,
				message: sallaMessage(response) ?? null,
			},
		},
	];
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

/**
 * One condition's fields, in the order a merchant reads them: "Total sales · Greater than · 1000".
 * Kept out of line because n8n's alphabetical-order lint rule would scramble that sentence into
 * "Max Value, Min Value, Operator, Type, Value" (n8n-nodes-starter turns the rule off for this reason).
 */
const conditionValues: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: CONDITION_TYPES,
		default: 'total_sales',
		description: 'What Salla measures for each customer',
	},
	{
		displayName: 'Operator',
		name: 'symbol',
		type: 'options',
		options: SYMBOLS,
		default: '>',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		default: 0,
		description: 'The number to compare with, for example 1000 for sales above 1,000',
		displayOptions: { hide: { symbol: ['between'] } },
	},
	{
		displayName: 'Min Value',
		name: 'min_value',
		type: 'number',
		default: 0,
		description: 'The lower end of the range',
		displayOptions: { show: { symbol: ['between'] } },
	},
	{
		displayName: 'Max Value',
		name: 'max_value',
		type: 'number',
		default: 0,
		description: 'The upper end of the range',
		displayOptions: { show: { symbol: ['between'] } },
	},
];

const conditionsField = (operation: string[]): INodeProperties => ({
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'Salla adds customers who meet every condition to the group automatically, for example Total sales greater than 1000',
	displayOptions: show(operation),
	routing: { send: { preSend: [sendConditions] } },
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			values: conditionValues,
		},
	],
});

const featuresField = (operation: string[]): INodeProperties => ({
	displayName: 'Features',
	name: 'features',
	type: 'collection',
	placeholder: 'Add Feature',
	default: {},
	description: 'What the group\'s customers may use at checkout',
	displayOptions: show(operation),
	routing: { send: { preSend: [sendFeatures] } },
	options: [
		{
			displayName: 'Payment Method Names or IDs',
			name: 'payment_method',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getPaymentMethods' },
			default: [],
			description:
				'Payment methods the group may use, as Salla slugs such as mada or cod. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Shipping',
			name: 'shipping',
			type: 'options',
			options: [{ name: 'All', value: 'all', description: 'Every shipping option of the store' }],
			default: 'all',
			description:
				'Shipping options the group may use. Salla documents only All; use an expression for other values.',
		},
	],
});

/** The group an operation acts on: from a list loaded from Salla page by page, or by ID. */
const groupLocator = (operation: string[], routing: INodeProperties['routing']): INodeProperties => ({
	displayName: 'Customer Group',
	name: 'group',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The customer group to use',
	displayOptions: show(operation),
	routing,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a customer group...',
			typeOptions: { searchListMethod: 'searchCustomerGroups', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1394760126',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[1-9][0-9]*\\s*$',
						errorMessage: 'A customer group ID is a whole number, such as 1394760126',
					},
				},
			],
		},
	],
});

/** Update and Delete address the group in the URL; the ID is checked before anything is sent. */
const groupInUrl: INodeProperties['routing'] = {
	request: { url: '=/customers/groups/{{ String($value).trim() }}' },
	send: { preSend: [checkGroupId] },
};

export const customerGroupFields: INodeProperties[] = [
	// Create
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. VIP customers',
		description: 'The group\'s name, unique in the store',
		displayOptions: show(['create']),
		routing: { send: { type: 'body', property: 'name', preSend: [checkName] } },
	},

	// Update, Delete, Add Customers
	groupLocator(['update', 'delete'], groupInUrl),
	groupLocator(['addCustomers'], undefined),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. VIP customers',
		description: 'The group\'s new name. Leave empty to keep the current one.',
		displayOptions: show(['update']),
		routing: { send: { preSend: [sendNewName] } },
	},
	{
		displayName: 'Customer IDs',
		name: 'customers',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Customer ID' },
		required: true,
		default: [],
		placeholder: 'e.g. 447121768',
		description:
			'The customers to add: IDs, or an expression giving an array or a comma-separated list of IDs',
		displayOptions: show(['addCustomers']),
	},

	// Create, Update, Update Default Group
	conditionsField(['create', 'update']),
	featuresField(['create', 'update', 'updateDefault']),

	// Get Many
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: show(['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { resource: ['customerGroup'], operation: ['getAll'], returnAll: [false] } },
	},
];
