import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { productForList, valueLocator } from '../productOption/shared';
import { optionForList } from './shared';

/** DELETE /products/options/values/{value}: Salla answers 202 with a message. */
export const deleteValue = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a value of a product option',
	action: 'Delete a product option value',
	method: 'DELETE',
	path: '/products/options/values/{value}',
	scope: 'products.read_write',
	postReceive: [deletedRecord(valueLocator)],
	fields: [productForList, optionForList, valueLocator],
});
