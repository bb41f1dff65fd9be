import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
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
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, brand), deleted: true }))],
	fields: [brand],
});
