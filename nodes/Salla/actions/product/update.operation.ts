import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { oneOf, optionalMoney, optionalText } from '../../../shared/validate';
import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { PRODUCT_STATUSES, productByIdOrSku, productFields, switchToSkuPath } from './shared';
import { productBody } from './body';
import { listingBody, listingFields } from './listing';

/**
 * PUT /products/{product}, or PUT /products/sku/{sku}: only the fields the user set are sent.
 * Salla answers 201 with the product's details. Product type and images cannot change here.
 */
const { fields } = productByIdOrSku();

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const values = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalText(this, 'Name', values.name);
	if (name) body.name = name;
	const price = optionalMoney(this, 'Price', values.price);
	if (price !== undefined) body.price = price;
	if (values.status !== undefined && values.status !== '') {
		body.status = oneOf(this, 'Status', values.status, PRODUCT_STATUSES);
	}
	Object.assign(body, productBody(this, values), listingBody(this, values));
	return body;
}

const updateOnly: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. T-Shirt Blue',
		description: 'The product\'s new name',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The product\'s new price, in the store currency',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: PRODUCT_STATUSES,
		default: 'sale',
	},
];

/** Beside Find By's SKU, the SKU the product gets is labelled as such. */
const renameSku = (field: INodeProperties): INodeProperties =>
	field.name === 'sku'
		? { ...field, displayName: 'New SKU', description: 'The product\'s new SKU; Salla refuses one another product already uses' }
		: field;

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a product\'s details, found by its ID or SKU; only the fields you set change',
	action: 'Update a product',
	method: 'PUT',
	path: '/products/{product}',
	otherPaths: ['/products/sku/{sku}'],
	scope: 'products.read_write',
	preSend: [switchToSkuPath('/products/sku/{sku}')],
	body: buildChanges,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		...fields,
		updateFields([...updateOnly, ...productFields.map(renameSku), ...listingFields].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
