import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { order } from './shared';

/** POST /orders/duplicate `{order_id}`: Salla answers 201 with the new order, a draft. */

export const duplicate = defineOperation({
	value: 'duplicate',
	name: 'Duplicate',
	description: 'Copy an order into a new draft order',
	action: 'Duplicate an order',
	method: 'POST',
	path: '/orders/duplicate',
	scope: 'orders.read_write',
	body() {
		return { order_id: readRecordId(this, order) };
	},
	postReceive: [unwrapData],
	fields: [order],
});
