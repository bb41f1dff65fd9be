import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * POST /orders/draft: an empty order in the Draft status, `{id, reference_id}`. Salla documents no
 * body; fill the draft with Add Item and Update (customer, delivery, payment).
 */
export const createDraft = defineOperation({
	value: 'createDraft',
	name: 'Create Draft',
	description: 'Start an empty draft order, to fill with Add Item and Update',
	action: 'Create a draft order',
	method: 'POST',
	path: '/orders/draft',
	scope: 'orders.read_write',
	postReceive: [unwrapData],
	fields: [],
});
