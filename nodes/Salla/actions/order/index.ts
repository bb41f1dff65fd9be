import { defineResource } from '../../common/operation';
import { addItem } from './addItem.operation';
import { addNote } from './addNote.operation';
import { addTag } from './addTag.operation';
import { create } from './create.operation';
import { createDraft } from './createDraft.operation';
import { deleteItem } from './deleteItem.operation';
import { duplicate } from './duplicate.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getAssignees } from './getAssignees.operation';
import { getHistory } from './getHistory.operation';
import { getInvoiceUrl } from './getInvoiceUrl.operation';
import { getItems } from './getItems.operation';
import { relocateStock } from './relocateStock.operation';
import { runActions } from './runActions.operation';
import { sendInvoice } from './sendInvoice.operation';
import { update } from './update.operation';
import { updateItem } from './updateItem.operation';
import { updateStatus } from './updateStatus.operation';

/**
 * Orders (`/orders`): reading, creating and changing orders, their items, stock, staff and Salla's
 * bulk order actions. Order statuses, invoices, checkout options, assignment rules and reservations
 * are resources of their own (records with their own IDs and lists).
 *
 * Known limits:
 * - Get Many: Salla's `tags[]` filter takes tag IDs and Salla documents no list of order tags, so
 *   Tag IDs is typed, not picked. `shipping_app_id[]` ("shipping application") is offered as the
 *   store's shipping companies (GET /shipping/companies); the page does not say which list it means.
 * - Simplify (Get, Get Many) reads either of Salla's order shapes (List Orders' `total`, Order
 *   Details' `amounts`); it is on by default for Get Many only at node version 1.1, so that nodes
 *   saved at version 1 keep their output.
 * - Run Actions: Salla answers one result per action, not per order; the node repeats it for each
 *   order of the request. Salla documents one pair it refuses together (create and print the shipping
 *   policy), which the node refuses before sending; other refusals come back as Salla's 422. Export
 *   and Delete are not offered (a mailed file; orders removed for good). `filters.order_status` is
 *   sent only when set although the page lists it beside `order_ids`.
 * - Add Item: Salla's schema types `identifier` as a number; a SKU is sent as the text it is.
 * - Create Draft: Salla documents no body; the draft is filled with Add Item and Update.
 * - Relocate Stock: Salla answers 403 when some items are given and the store has not switched on
 *   multiple shipments.
 * - Get Assigned Employees and Get History: Salla's pages name no scope; orders.read is listed.
 * - Create: `payment.reference_id` stays optional (the schema does not require it; its example sends
 *   `store_bank_id`); the longitude is sent as the schema's `geo_coordinates.lang`.
 * - Salla's List Order Tags and Delete Order Tag paths are not documented in the reference: not offered.
 */
export const order = defineResource({
	value: 'order',
	name: 'Order',
	defaultOperation: 'get',
	operations: [
		addItem,
		addNote,
		addTag,
		create,
		createDraft,
		deleteItem,
		duplicate,
		get,
		getAll,
		getAssignees,
		getHistory,
		getInvoiceUrl,
		getItems,
		relocateStock,
		runActions,
		sendInvoice,
		update,
		updateItem,
		updateStatus,
	],
});
