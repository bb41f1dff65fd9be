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
 * Known limits: docs/resources/order.md (its hand-written section).
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
