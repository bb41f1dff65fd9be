/**
 * The Salla Trigger's event picker (built-in list merged with Salla's live `GET /webhooks/events`,
 * through n8n-core's LoadOptionsContext) and the parts of its description n8n's verification checks.
 */
import { createHmac } from 'crypto';
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { NodeConnectionTypes } from 'n8n-workflow';

import { eventLabel, eventOptions, KNOWN_EVENTS, selectedEvents, STORE_EVENTS } from '../../nodes/SallaTrigger/events';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { ACCESS_TOKEN } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { TriggerHarness } from '../helpers/trigger';

const ROOT = join(__dirname, '..', '..');
const FOLDER = join(ROOT, 'nodes', 'SallaTrigger');

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('event picker', () => {
	type Option = { name: string; value: string; description: string };
	const builtIn = () => eventOptions();

	test('merges Salla\'s live events into the built-in list, sorted and grouped by resource', async () => {
		salla('get', '/webhooks/events', 200, {
			status: 200,
			success: true,
			data: [
				{ id: 1473353380, label: 'تم إنشاء طلب', event: 'order.created' },
				{ id: 77, label: 'تم تحديث العميل', event: 'order.customer.updated' },
				{ id: 78, label: '', event: 'coupon.created' },
				{ id: 79, label: 'broken' },
			],
		});
		const options = (await new TriggerHarness({ events: [] }).loadOptions('getEvents')) as Option[];

		expect(received.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'GET', path: '/admin/v2/webhooks/events', body: undefined },
		]);
		expect(received[0].headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
		expect(options).toHaveLength(KNOWN_EVENTS.length + 2);
		const values = options.map((option) => option.value);
		expect(values).toEqual(expect.arrayContaining([...KNOWN_EVENTS, 'order.customer.updated', 'coupon.created']));
		// sorted by label, so each resource's events sit together
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		const coupon = names.filter((name) => name.startsWith('Coupon '));
		expect(names.slice(names.indexOf(coupon[0]), names.indexOf(coupon[0]) + coupon.length)).toEqual(coupon);
		const byValue = new Map(options.map((option) => [option.value, option]));
		expect(byValue.get('order.created')).toEqual({
			name: 'Order Created',
			value: 'order.created',
			description: 'Order: An order was placed. Event order.created (تم إنشاء طلب)',
		});
		expect(byValue.get('order.customer.updated')?.name).toBe('Order Customer Updated');
		expect(byValue.get('coupon.created')?.description).toBe('Event coupon.created');
	});

	test('before a credential is connected it shows the built-in events and asks Salla nothing', async () => {
		const harness = new TriggerHarness({ events: [] });
		delete (harness.node as { credentials?: unknown }).credentials;
		const options = (await harness.loadOptions('getEvents')) as Option[];
		expect(options).toEqual(builtIn());
		expect(options.map((option) => option.value).sort()).toEqual([...KNOWN_EVENTS].sort());
		expect(received).toEqual([]);
	});

	test('a failed live list (no webhook scope) keeps the built-in events and logs one line, no stack trace', async () => {
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
		const logged: unknown[][] = [];
		const logger = Container.get(Logger);
		const levels = ['error', 'warn', 'info', 'debug'] as const;
		const spies = levels.map((level) =>
			jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
				logged.push([level, ...args]);
			}),
		);
		try {
			const options = (await new TriggerHarness({ events: [] }).loadOptions('getEvents')) as Option[];
			expect(options).toEqual(builtIn());
		} finally {
			for (const spy of spies) spy.mockRestore();
		}
		// n8n-core's own debug lines about the token refresh aside, one debug line and nothing louder
		expect(logged.filter(([level]) => level !== 'debug')).toEqual([]);
		const ours = logged.filter(([, message]) => String(message).startsWith('Salla Trigger'));
		expect(ours).toHaveLength(1);
		expect(String(ours[0][1])).toContain('Salla refused to list the webhook events (401)');
		expect(JSON.stringify(logged)).not.toMatch(/\n\s+at /);
	});

	test('a live list that is not a list keeps the built-in events', async () => {
		salla('get', '/webhooks/events', 200, { status: 200, success: true, data: null });
		expect(await new TriggerHarness({ events: [] }).loadOptions('getEvents')).toEqual(builtIn());
	});

	test('labels read as "Resource Action"', () => {
		expect(eventLabel('order.status.updated')).toBe('Order Status Updated');
		expect(eventLabel('specialoffer.created')).toBe('Special Offer Created');
		expect(eventLabel('abandoned.cart')).toBe('Abandoned Cart');
		expect(eventLabel('store.branch.setDefault')).toBe('Store Branch Set Default');
		expect(eventLabel('storetax.created')).toBe('Store Tax Created');
		expect(eventLabel('customer.otp.request')).toBe('Customer OTP Request');
	});

	test('the built-in list holds every event of Salla\'s store event list (salla-api-more.md §14.1), deprecated ones marked', () => {
		// Copied from shared/reference/salla-api-more.md §14.1 (rows "docs list: yes" and the struck-through
		// ones), which is not part of this repository. Events only third-party code names are left out.
		const documented = `order.created, order.updated, order.status.updated, order.cancelled, order.refunded,
			order.deleted, order.products.updated, order.payment.updated, order.coupon.updated,
			order.total.price.updated, order.shipment.creating, order.shipment.created, order.shipment.cancelled,
			order.shipment.return.creating, order.shipment.return.created, order.shipment.return.cancelled,
			order.shipping.address.updated, product.created, product.deleted, product.quantity.low,
			product.updated, product.available, product.price.updated, product.status.updated,
			product.image.updated, product.category.updated, product.brand.updated, product.tags.updated,
			shipping.zone.created, shipping.zone.updated, shipping.company.created, shipping.company.updated,
			shipping.company.deleted, shipment.creating, shipment.created, shipment.cancelled, shipment.updated,
			customer.created, customer.updated, customer.login, customer.otp.request, category.created,
			category.updated, brand.created, brand.updated, brand.deleted, store.branch.created,
			store.branch.updated, store.branch.setDefault, store.branch.activated, store.branch.deleted,
			storetax.created, abandoned.cart, coupon.applied, invoice.created, specialoffer.created,
			specialoffer.updated, review.added`
			.split(',')
			.map((name) => name.trim());
		expect(documented).toHaveLength(58);
		expect([...KNOWN_EVENTS].sort()).toEqual([...documented].sort());
		const open = ['order.customer.updated', 'product.channels.changed', 'abandoned.cart.updated', 'coupon.created'];
		for (const event of open) expect(KNOWN_EVENTS).not.toContain(event);

		const options = builtIn();
		const deprecated = options.filter((option) => /deprecated/i.test(`${option.name} ${option.description}`));
		expect(deprecated.map((option) => option.value).sort()).toEqual(['product.available', 'product.updated']);
		for (const option of deprecated) {
			expect(option.name).toMatch(/ \(Deprecated\)$/);
			expect(option.description).toContain('Salla may stop sending it');
		}
		expect(STORE_EVENTS.every((entry) => entry.resource !== '' && entry.description !== '')).toBe(true);
	});

	test('events the docs leave open can be given by expression: such a delivery starts the workflow', async () => {
		const field = new SallaTrigger().description.properties.find((property) => property.name === 'events');
		expect(field?.description).toContain('expression');
		const raw = '{"event":"abandoned.cart.purchased","merchant":1,"created_at":"x","data":{"id":3}}';
		const harness = new TriggerHarness(
			{ events: '={{ ["order.created", "abandoned.cart.purchased"] }}' },
			{ staticData: { 'node:Salla Trigger': { webhooks: [{ id: 1, event: 'abandoned.cart.purchased', url: 'u' }], secret: 'k', strategy: 'signature' } } },
		);
		const outcome = await harness.deliver({
			rawBody: raw,
			headers: { 'X-Salla-Signature': createHmac('sha256', 'k').update(raw).digest('hex') },
		});
		expect(outcome.items).toEqual([JSON.parse(raw)]);
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

	test('its notice has no HTML tags (n8n 2.41 shows them as text) and its Options read like the Salla node', () => {
		const notice = node.description.properties.find((p) => p.type === 'notice');
		expect(notice?.displayName).toBe(
			'The Salla app behind the credential needs the scope webhooks.read_write. Activating the workflow registers one webhook per event in the store; deactivating removes them.',
		);
		expect(notice?.displayName).not.toMatch(/<[a-z/]/i);
		expect(node.description.properties.find((p) => p.name === 'options')?.placeholder).toBe('Add Option');
		expect(node.description.properties.find((p) => p.name === 'events')?.displayName).toBe('Event Names or IDs');
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
