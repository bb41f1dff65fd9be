import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/**
 * Order reservations (`/reservations`): bookings of the store's reservation products.
 *
 * Known limits: List Order Reservations documents no paging; the node makes one request and outputs
 * every reservation Salla returns. Its schema names `weight` where the example sends `seats_count`;
 * the node passes Salla's answer on as it is.
 */
export const orderReservation = defineResource({
	value: 'orderReservation',
	name: 'Order Reservation',
	defaultOperation: getAll.value,
	operations: [getAll],
});
