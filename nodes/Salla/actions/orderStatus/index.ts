import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { sort } from './sort.operation';
import { update } from './update.operation';

/**
 * Order statuses (`/orders/statuses`): Salla's originals and the store's custom sub-statuses.
 *
 * Known limits: Update changes custom statuses only (Salla's page: "Update Custom Order Status").
 * Update Bulk Orders Statuses (`POST /orders/statuses/bulk`, a spreadsheet upload) is not offered:
 * Order → Run Actions changes the status of many orders without a file.
 */
export const orderStatus = defineResource({
	value: 'orderStatus',
	name: 'Order Status',
	defaultOperation: getAll.value,
	operations: [create, get, getAll, sort, update],
});
