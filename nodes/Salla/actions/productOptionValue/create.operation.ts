import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { nameField } from '../../common/fields';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { optionLocator, productForList, valueBody, valueFields } from '../productOption/shared';

/**
 * POST /products/options/{option}: adds a value to an option (for a Product, Salla makes its
 * variant too) and answers with the whole option, its values and variants.
 */
function buildValue(this: IExecuteSingleFunctions): SallaBody {
	const extra = (this.getNodeParameter('additionalFields', {}) ?? {}) as IDataObject;
	return valueBody(this, '', { ...extra, name: this.getNodeParameter('name', '') }, true);
}

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Add a value (such as XL) to a product option',
	action: 'Create a product option value',
	method: 'POST',
	path: '/products/options/{option}',
	scope: 'products.read_write',
	body: buildValue,
	postReceive: [unwrapData],
	// Name first, as every Create shows it: the node keeps one Name property for all of them (twins.ts).
	fields: [
		nameField,
		productForList,
		optionLocator(),
		additionalFields([...valueFields].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
