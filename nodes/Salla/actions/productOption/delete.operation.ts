import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { optionLocator, productForList } from './shared';

/** DELETE /products/options/{option}: Salla deletes its values and variants too, and answers 202 with a message. */
const option = optionLocator();

export const deleteOption = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a product option with its values and variants',
	action: 'Delete a product option',
	method: 'DELETE',
	path: '/products/options/{option}',
	scope: 'products.read_write',
	postReceive: [deletedRecord(option)],
	fields: [productForList, option],
});
