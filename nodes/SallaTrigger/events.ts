import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Store events a merchant webhook can subscribe to: the names in Salla's webhook documentation.
 * The live list comes from `GET /webhooks/events` (see `getEvents` in SallaTrigger.node.ts); this
 * built-in list gives them readable English labels and keeps the picker useful when Salla adds
 * events n8n does not know yet (those are labelled from their names).
 */
export const KNOWN_EVENTS = [
	'abandoned.cart',
	'brand.created',
	'brand.deleted',
	'brand.updated',
	'category.created',
	'category.updated',
	'coupon.applied',
	'customer.created',
	'customer.login',
	'customer.updated',
	'invoice.created',
	'order.cancelled',
	'order.created',
	'order.deleted',
	'order.payment.updated',
	'order.refunded',
	'order.shipment.created',
	'order.status.updated',
	'order.updated',
	'product.available',
	'product.created',
	'product.deleted',
	'product.quantity.low',
	'product.updated',
	'review.added',
	'shipment.created',
	'specialoffer.created',
	'specialoffer.updated',
] as const;

/** Words Salla writes as one token that read better split. */
const WORDS: Record<string, string> = { specialoffer: 'Special Offer' };

/**
 * "order.status.updated" → "Order Status Updated". The resource comes first, so a list sorted by
 * label is grouped by resource (all order events together, then product events, ...).
 */
export function eventLabel(event: string): string {
	return event
		.split(/[._]/)
		.filter((word) => word !== '')
		.map((word) => WORDS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

/**
 * The picker's options: the built-in events plus any event in Salla's live list, sorted by label.
 * `live` is Salla's `data:[{id, label, event}]`; its (often Arabic) label is kept in the description.
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
		.map(([event, sallaLabel]) => ({
			name: eventLabel(event),
			value: event,
			description: sallaLabel ? `${event} (${sallaLabel})` : event,
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.value.localeCompare(b.value, 'en'));
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
