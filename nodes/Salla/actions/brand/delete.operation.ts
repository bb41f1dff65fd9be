import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { brand } from './shared';

/** DELETE /brands/{brand}: Salla answers 202 with a bare message; the output says what was deleted. */
export const deleteBrand = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a brand',
	action: 'Delete a brand',
	method: 'DELETE',
	path: '/brands/{brand}',
	scope: 'brands.read_write',
	postReceive: [deletedRecord(brand)],
	fields: [brand],
});
