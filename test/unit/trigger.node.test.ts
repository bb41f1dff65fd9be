/**
 * The Salla Trigger's event picker (built-in list merged with Salla's live `GET /webhooks/events`,
 * through n8n-core's LoadOptionsContext) and the parts of its description n8n's verification checks.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';

import { NodeConnectionTypes } from 'n8n-workflow';

import { eventLabel, KNOWN_EVENTS, selectedEvents } from '../../nodes/SallaTrigger/events';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { ACCESS_TOKEN } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { TriggerHarness } from '../helpers/trigger';

const ROOT = join(__dirname, '..', '..');
const FOLDER = join(ROOT, 'nodes', 'SallaTrigger');

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('event picker', () => {
	test('merges Salla\'s live events into the built-in list, sorted and grouped by resource', async () => {
		salla('get', '/webhooks/events', 200, {
			status: 200,
			success: true,
			data: [
				{ id: 1473353380, label: 'تم إنشاء طلب', event: 'order.created' },
				{ id: 77, label: 'تم تحديث شحنة', event: 'shipment.updated' },
				{ id: 78, label: '', event: 'order.tags.updated' },
				{ id: 79, label: 'broken' },
			],
		});
		const options = (await new TriggerHarness({ events: [] }).loadOptions('getEvents')) as Array<{
			name: string;
			value: string;
			description: string;
		}>;

		expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'GET', path: '/admin/v2/webhooks/events', body: undefined },
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(options.map(({ name, value }) => `${name} = ${value}`)).toEqual([
			'Abandoned Cart = abandoned.cart',
			'Brand Created = brand.created',
			'Brand Deleted = brand.deleted',
			'Brand Updated = brand.updated',
			'Category Created = category.created',
			'Category Updated = category.updated',
			'Coupon Applied = coupon.applied',
			'Customer Created = customer.created',
			'Customer Login = customer.login',
			'Customer Updated = customer.updated',
			'Invoice Created = invoice.created',
			'Order Cancelled = order.cancelled',
			'Order Created = order.created',
			'Order Deleted = order.deleted',
			'Order Payment Updated = order.payment.updated',
			'Order Refunded = order.refunded',
			'Order Shipment Created = order.shipment.created',
			'Order Status Updated = order.status.updated',
			'Order Tags Updated = order.tags.updated',
			'Order Updated = order.updated',
			'Product Available = product.available',
			'Product Created = product.created',
			'Product Deleted = product.deleted',
			'Product Quantity Low = product.quantity.low',
			'Product Updated = product.updated',
			'Review Added = review.added',
			'Shipment Created = shipment.created',
			'Shipment Updated = shipment.updated',
			'Special Offer Created = specialoffer.created',
			'Special Offer Updated = specialoffer.updated',
		]);
		const byValue = new Map(options.map((option) => [option.value, option.description]));
		expect(byValue.get('order.created')).toBe('order.created (تم إنشاء طلب)');
		expect(byValue.get('shipment.updated')).toBe('shipment.updated (تم تحديث شحنة)');
		expect(byValue.get('order.tags.updated')).toBe('order.tags.updated');
		expect(byValue.get('abandoned.cart')).toBe('abandoned.cart');
	});

	test('a token without the webhook scope gets advice naming webhooks.read_write', async () => {
		const refusal = {
			status: 401,
			success: false,
			error: { code: 'Unauthorized', message: 'The access token should have access to one of those scopes: webhooks.read' },
		};
		salla('get', '/webhooks/events', 401, refusal);
		// n8n-core refreshes the OAuth2 token once on a 401, then retries.
		const nock = (await import('nock')).default;
		nock('https://accounts.salla.sa')
			.post('/oauth2/token')
			.reply(200, { access_token: 'new', refresh_token: 'r2', token_type: 'bearer', expires_in: 1209600 });
		salla('get', '/webhooks/events', 401, refusal);
		const error = (await new TriggerHarness({ events: [] })
			.loadOptions('getEvents')
			.catch((caught: Error) => caught)) as Error & { description?: string };
		expect(error.message).toBe('Salla refused to list the webhook events (401)');
		expect(error.description).toContain('webhooks.read_write');
	});

	test('labels read as "Resource Action"', () => {
		expect(eventLabel('order.status.updated')).toBe('Order Status Updated');
		expect(eventLabel('specialoffer.created')).toBe('Special Offer Created');
		expect(eventLabel('abandoned.cart')).toBe('Abandoned Cart');
		expect(eventLabel('app.store.authorize')).toBe('App Store Authorize');
	});

	test('the built-in list holds the 28 events of the reference notes (salla-api-notes.md, webhooks)', () => {
		// Copied from shared/reference/salla-api-notes.md, which is not part of this repository.
		const documented = `order.created, order.updated, order.status.updated, order.cancelled,
			order.refunded, order.deleted, order.payment.updated, order.shipment.created, product.created,
			product.updated, product.deleted, product.available, product.quantity.low, customer.created,
			customer.updated, customer.login, category.created, category.updated, brand.created,
			brand.updated, brand.deleted, abandoned.cart, coupon.applied, shipment.created, review.added,
			invoice.created, specialoffer.created, specialoffer.updated`
			.split(',')
			.map((name) => name.trim());
		expect(documented).toHaveLength(28);
		expect([...KNOWN_EVENTS].sort()).toEqual([...documented].sort());
	});

	test('the events field takes a list, an expression\'s array or a comma-separated string', () => {
		expect(selectedEvents(['order.created', ' order.created ', '', 'product.updated'])).toEqual([
			'order.created',
			'product.updated',
		]);
		expect(selectedEvents('order.created, customer.login')).toEqual(['order.created', 'customer.login']);
		expect(selectedEvents(undefined)).toEqual([]);
	});
});

describe('node description', () => {
	const node = new SallaTrigger();

	test('is a trigger with one POST webhook, no inputs and a main output', () => {
		expect(node.description.name).toBe('sallaTrigger');
		expect(node.description.group).toEqual(['trigger']);
		expect(node.description.inputs).toEqual([]);
		expect(node.description.outputs).toEqual([NodeConnectionTypes.Main]);
		expect(node.description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		]);
		expect(node.description.credentials).toEqual([{ name: 'sallaOAuth2Api', required: true }]);
		expect(node.description.subtitle).toBeTruthy();
	});

	test('has complete webhookMethods', () => {
		expect(Object.keys(node.webhookMethods.default).sort()).toEqual(['checkExists', 'create', 'delete']);
		for (const method of Object.values(node.webhookMethods.default)) expect(typeof method).toBe('function');
	});

	test('has light and dark icons in its folder and a codex file naming it', () => {
		expect(node.description.icon).toEqual({ light: 'file:salla.svg', dark: 'file:salla.dark.svg' });
		expect(existsSync(join(FOLDER, 'salla.svg'))).toBe(true);
		expect(existsSync(join(FOLDER, 'salla.dark.svg'))).toBe(true);
		const codex = JSON.parse(readFileSync(join(FOLDER, 'SallaTrigger.node.json'), 'utf8'));
		expect(codex.node).toBe('n8n-nodes-salla-merchant.sallaTrigger');
	});

	test('is listed in package.json for n8n', () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.n8n.nodes).toContain('dist/nodes/SallaTrigger/SallaTrigger.node.js');
	});

	test('its source imports only n8n-workflow, crypto and relative paths, and uses no process or timers', () => {
		for (const file of readdirSync(FOLDER).filter((name) => name.endsWith('.ts'))) {
			const source = readFileSync(join(FOLDER, file), 'utf8');
			const imports = [...source.matchAll(/from '([^']+)'/g)].map(([, from]) => from);
			for (const from of imports) expect([file, from]).toEqual([file, expect.stringMatching(/^(n8n-workflow|crypto|node:crypto|\.{1,2}\/.*)$/)]);
			expect(source).not.toMatch(/\bprocess\.|\bsetTimeout\b|\bsetInterval\b|\brequire\(/);
		}
	});
});
