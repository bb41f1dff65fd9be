import { defineOperation } from '../../common/operation';
import { deletedRecord } from '../../common/output';
import { route } from './shared';

/** DELETE /shipping/routes/{id}: Salla answers with a bare message; the output says what was deleted. */
export const deleteRoute = defineOperation({
	value: 'delete',
	name: 'Delete',
	description: 'Delete a shipping route',
	action: 'Delete a shipping route',
	method: 'DELETE',
	path: '/shipping/routes/{route_id}',
	scope: 'shipping.read_write',
	postReceive: [deletedRecord(route)],
	fields: [route],
});
