import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteOption } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Order options (`/orders/options`): the fields customers fill in at checkout.
 *
 * Known limits: Salla's schema types `is_required` as text and `options` as one object while its
 * examples send a boolean and a list of choices; the node sends the examples' shapes. Date options
 * (bookings, with `booking_details` availabilities) are not offered: their schema and examples
 * disagree on most fields (`time_strict` vs `time_strict_value`, `overrides[].day` vs `.date`).
 */
export const orderOption = defineResource({
	value: 'orderOption',
	name: 'Order Option',
	defaultOperation: getAll.value,
	operations: [create, deleteOption, get, getAll, update],
});
