import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * Order reservations (`/reservations`): bookings of the store's reservation products.
 *
 * Known limits: docs/resources/orderReservation.md (its hand-written section).
 */
export const orderReservation = defineResource({
	value: 'orderReservation',
	name: 'Order Reservation',
	defaultOperation: getAll.value,
	operations: [getAll],
});
