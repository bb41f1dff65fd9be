import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { fullName } from '../../common/search';

/**
 * Simplify on Order → Get and Get Many (n8n's convention for answers with dozens of fields): the
 * fields a merchant works with, read from either of Salla's order shapes (List Orders' `total`,
 * Order Details' `amounts.total`). Get Many's pages keep Salla's envelope, so that the page walk
 * still reads `pagination`.
 */

const record = (value: unknown): IDataObject => (value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});
const money = (value: unknown) => {
	const amount = record(value).amount;
	return typeof amount === 'number' || typeof amount === 'string' ? Number(amount) : null;
};

export function simplifyOrder(order: IDataObject): IDataObject {
	const status = record(order.status);
	const customer = record(order.customer);
	const amounts = record(order.amounts);
	const total = Object.keys(record(order.total)).length ? record(order.total) : record(amounts.total);
	const shipping = record(order.shipping);
	const shipment = record(Array.isArray(order.shipments) ? order.shipments[0] : undefined);
	const items = Array.isArray(order.items) ? (order.items as IDataObject[]) : undefined;
	const updated = order.updated_at;
	return {
		id: order.id ?? null,
		reference_id: order.reference_id ?? null,
		status: status.name ?? null,
		status_slug: status.slug ?? null,
		status_id: status.id ?? null,
		customer_id: customer.id ?? null,
		customer_name: (typeof customer.full_name === 'string' && customer.full_name) || fullName(customer) || (customer.name ?? null),
		customer_mobile: customer.mobile ? `${String(customer.mobile_code ?? '')}${String(customer.mobile)}` : null,
		customer_email: customer.email || null,
		total: money(total),
		sub_total: money(amounts.sub_total),
		shipping_cost: money(amounts.shipping_cost),
		currency: total.currency ?? order.currency ?? null,
		payment_method: order.payment_method ?? null,
		is_pending_payment: order.is_pending_payment ?? null,
		shipping_company: record(shipping.company).name ?? shipping.company ?? shipment.courier_name ?? null,
		tracking_number: record(shipping.shipment).tracking_number ?? shipment.tracking_number ?? null,
		created_at: record(order.date).date ?? null,
		updated_at: typeof updated === 'string' ? updated : (record(updated).date ?? null),
		items_count: items ? items.length : null,
		items_quantity: items ? items.reduce((sum, item) => sum + (Number(item.quantity) || 0), 0) : null,
	};
}

/** postReceive of Get (before unwrapData) and Get Many: simplified orders when Simplify is on. */
export async function simplifyOrders(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('simplify', false) !== true) return items;
	return items.map((item) => {
		const data = item.json.data;
		if (Array.isArray(data)) return { ...item, json: { ...item.json, data: (data as IDataObject[]).map(simplifyOrder) } };
		if (data && typeof data === 'object') return { ...item, json: { ...item.json, data: simplifyOrder(data as IDataObject) } };
		return item;
	});
}

const description =
	'Whether to return the fields a merchant uses (number, status, customer, totals, payment, shipping, dates, items count) instead of Salla\'s whole order';

/** Get: off by default, at every version. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description,
};

/**
 * Get Many: on by default for nodes added at version 1.1; nodes saved at version 1 keep Salla's whole
 * orders (a saved workflow without the parameter gets the default of its own version).
 */
export const simplifyManyFields: INodeProperties[] = [
	{ ...simplifyField, displayOptions: { show: { '@version': [1] } } },
	{ ...simplifyField, default: true, displayOptions: { show: { '@version': [{ _cnd: { gte: 1.1 } }] } } },
];
