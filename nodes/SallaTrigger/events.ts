import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Store events a merchant webhook can subscribe to: every event on the "List of Salla Store Events"
 * of Salla's Webhooks page, grouped by resource (reference: salla-api-more.md §14.1). Events Salla
 * has struck through there are marked deprecated: Salla may stop sending them. Events that only
 * third-party code names (order.customer.updated, product.channels.changed, coupon.created, ...) are
 * not listed: they can still be given by expression, and they appear in the picker when the
 * store's live list (`GET /webhooks/events`) offers them.
 */
export interface StoreEvent {
	event: string;
	/** The resource the event is about, as a merchant says it. */
	resource: string;
	/** What happened, shown in the picker's description. */
	description: string;
	deprecated?: boolean;
}

const e = (event: string, resource: string, description: string, deprecated = false): StoreEvent =>
	deprecated ? { event, resource, description, deprecated } : { event, resource, description };

export const STORE_EVENTS: readonly StoreEvent[] = [
	e('abandoned.cart', 'Abandoned Cart', 'A customer left items in the cart without checking out'),
	e('brand.created', 'Brand', 'A brand was added'),
	e('brand.updated', 'Brand', 'A brand was changed'),
	e('brand.deleted', 'Brand', 'A brand was deleted'),
	e('category.created', 'Category', 'A category was added'),
	e('category.updated', 'Category', 'A category was changed'),
	e('coupon.applied', 'Coupon', 'A customer applied a coupon'),
	e('customer.created', 'Customer', 'A customer registered'),
	e('customer.updated', 'Customer', 'A customer\'s details changed'),
	e('customer.login', 'Customer', 'A customer logged in'),
	e('customer.otp.request', 'Customer', 'A customer asked for a one-time login code'),
	e('invoice.created', 'Invoice', 'An invoice was issued (the order was completed or restored)'),
	e('order.created', 'Order', 'An order was placed'),
	e('order.updated', 'Order', 'An order was changed'),
	e('order.status.updated', 'Order', 'An order\'s status changed'),
	e('order.cancelled', 'Order', 'An order was cancelled'),
	e('order.refunded', 'Order', 'An order was refunded'),
	e('order.deleted', 'Order', 'An order was deleted'),
	e('order.products.updated', 'Order', 'The products of an order changed'),
	e('order.payment.updated', 'Order', 'The payment method of an order changed'),
	e('order.coupon.updated', 'Order', 'The coupon of an order changed'),
	e('order.total.price.updated', 'Order', 'The total of an order changed'),
	e('order.shipment.creating', 'Order', 'A shipment for an order is being created'),
	e('order.shipment.created', 'Order', 'A shipment for an order was created'),
	e('order.shipment.cancelled', 'Order', 'A shipment for an order was cancelled'),
	e('order.shipment.return.creating', 'Order', 'A return shipment for an order is being created'),
	e('order.shipment.return.created', 'Order', 'A return shipment for an order was created'),
	e('order.shipment.return.cancelled', 'Order', 'A return shipment for an order was cancelled'),
	e('order.shipping.address.updated', 'Order', 'The shipping address of an order changed'),
	e('product.created', 'Product', 'A product was added'),
	e('product.updated', 'Product', 'A product was changed', true),
	e('product.deleted', 'Product', 'A product was deleted'),
	e('product.available', 'Product', 'A product is back in stock', true),
	e('product.quantity.low', 'Product', 'A product\'s stock is running low'),
	e('product.price.updated', 'Product', 'A product\'s price changed'),
	e('product.status.updated', 'Product', 'A product\'s status changed'),
	e('product.image.updated', 'Product', 'A product\'s images changed'),
	e('product.category.updated', 'Product', 'A product\'s categories changed'),
	e('product.brand.updated', 'Product', 'A product\'s brand changed'),
	e('product.tags.updated', 'Product', 'A product\'s tags changed'),
	e('review.added', 'Review', 'A customer left a review'),
	e('shipment.creating', 'Shipment', 'A shipment is being created'),
	e('shipment.created', 'Shipment', 'A shipment was created'),
	e('shipment.cancelled', 'Shipment', 'A shipment was cancelled'),
	e('shipment.updated', 'Shipment', 'A shipment was changed'),
	e('shipping.company.created', 'Shipping Company', 'A custom shipping company was added'),
	e('shipping.company.updated', 'Shipping Company', 'A custom shipping company was changed'),
	e('shipping.company.deleted', 'Shipping Company', 'A custom shipping company was deleted'),
	e('shipping.zone.created', 'Shipping Zone', 'A shipping zone was added'),
	e('shipping.zone.updated', 'Shipping Zone', 'A shipping zone was changed'),
	e('specialoffer.created', 'Special Offer', 'A special offer was added'),
	e('specialoffer.updated', 'Special Offer', 'A special offer was changed'),
	e('store.branch.created', 'Store Branch', 'A branch was added'),
	e('store.branch.updated', 'Store Branch', 'A branch was changed'),
	e('store.branch.setDefault', 'Store Branch', 'A branch became the default branch'),
	e('store.branch.activated', 'Store Branch', 'A branch was activated'),
	e('store.branch.deleted', 'Store Branch', 'A branch was deleted'),
	e('storetax.created', 'Store Tax', 'A tax was added to the store'),
];

export const KNOWN_EVENTS: readonly string[] = STORE_EVENTS.map((entry) => entry.event);

const BY_EVENT = new Map(STORE_EVENTS.map((entry) => [entry.event, entry]));

/** Words Salla writes as one token that read better split. */
const WORDS: Record<string, string> = { specialoffer: 'Special Offer', storetax: 'Store Tax', otp: 'OTP' };

/**
 * "order.status.updated" → "Order Status Updated"; "store.branch.setDefault" → "Store Branch Set
 * Default". The resource comes first, so a list sorted by label is grouped by resource.
 */
export function eventLabel(event: string): string {
	return event
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.split(/[._\s]/)
		.filter((word) => word !== '')
		.map((word) => WORDS[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

function option(event: string, sallaLabel?: string): INodePropertyOptions {
	const known = BY_EVENT.get(event);
	const name = known?.deprecated ? `${eventLabel(event)} (Deprecated)` : eventLabel(event);
	let description = known ? `${known.resource}: ${known.description}. Event ${event}` : `Event ${event}`;
	if (sallaLabel) description += ` (${sallaLabel})`;
	if (known?.deprecated) description += '. Deprecated: struck through in Salla\'s event list, Salla may stop sending it.';
	return { name, value: event, description };
}

/**
 * The picker's options: the built-in events plus any event in Salla's live list, sorted by label
 * (so grouped by resource). `live` is Salla's `data:[{id, label, event}]`; its (often Arabic) label
 * is kept in the description.
 */
export function eventOptions(live: Array<{ event?: unknown; label?: unknown }> = []): INodePropertyOptions[] {
	const labels = new Map<string, string | undefined>();
	for (const event of KNOWN_EVENTS) labels.set(event, undefined);
	for (const entry of live) {
		if (typeof entry?.event !== 'string' || entry.event.trim() === '') continue;
		const event = entry.event.trim();
		const sallaLabel = typeof entry.label === 'string' && entry.label.trim() !== '' ? entry.label.trim() : undefined;
		labels.set(event, sallaLabel ?? labels.get(event));
	}
	return [...labels.entries()]
		.map(([event, sallaLabel]) => option(event, sallaLabel))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || String(a.value).localeCompare(String(b.value), 'en'));
}

/** The selected events as a clean, de-duplicated list (the picker, an expression or a comma list). */
export function selectedEvents(value: unknown): string[] {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
	const events = list
		.filter((entry): entry is string => typeof entry === 'string')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	return [...new Set(events)];
}
