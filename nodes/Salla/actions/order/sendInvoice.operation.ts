import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { order } from './shared';

/** POST /orders/{order}/send-invoice: Salla e-mails the invoice (the invoice needs an e-mail address). */
export const sendInvoice = defineOperation({
	value: 'sendInvoice',
	name: 'Send Invoice',
	description: 'E-mail the order\'s invoice to the customer',
	action: 'Send an order\'s invoice',
	method: 'POST',
	path: '/orders/{order}/send-invoice',
	scope: 'orders.read_write',
	postReceive: [describeOutcome((context) => ({ order_id: readRecordId(context, order), sent: true }))],
	fields: [order],
});
