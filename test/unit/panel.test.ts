/**
 * The panel as a new user meets it (issue 25): dropdowns that say what is wrong in words, Update
 * Status usable before connecting, Coupon → Create without a silent 0 cap and with payment methods
 * in words, date fields that say only the day is sent, the trigger's warning about local webhook
 * URLs, and one description for the nodes panel's merged "Salla" entry.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { refusedUrlReason } from '../../nodes/SallaTrigger/webhookUrl';
import { callMethod, runSalla, sallaCredential } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { TriggerHarness } from '../helpers/trigger';

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

const notConnected = { credential: sallaCredential({ oauthTokenData: undefined }) };
const list = (data: unknown[]) => ({
	status: 200,
	success: true,
	data,
	pagination: { count: data.length, total: data.length, perPage: 60, currentPage: 1, totalPages: 1, links: [] },
});
const methodsOf = (kind: 'loadOptions') => Object.keys((new Salla().methods as Record<string, Record<string, unknown>>)[kind]);

/** Dropdowns that wait for another field (a country, an order): empty until it is set, asking Salla nothing. */
function dependentDropdowns(): Set<string> {
	const found = new Set<string>();
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const typeOptions = (value as { typeOptions?: { loadOptionsMethod?: string; loadOptionsDependsOn?: string[] } }).typeOptions;
		if (typeOptions?.loadOptionsMethod && typeOptions.loadOptionsDependsOn?.length) found.add(typeOptions.loadOptionsMethod);
		for (const key of ['options', 'values']) visit((value as Record<string, unknown>)[key]);
	};
	visit(new Salla().description.properties);
	return found;
}

describe('every dropdown says what went wrong in words', () => {
	// Update Status offers Salla's original statuses instead (below); getCities needs a country.
	const dropdowns = methodsOf('loadOptions').filter((name) => name !== 'getOrderStatusTargets');
	const dependent = dependentDropdowns();
	const parameters = { resource: 'order', operation: 'create', ship_to: { address: { country: 1473353380 } } };

	test.each(dropdowns)('%s, with a credential saved but not connected', async (method) => {
		const outcome = await callMethod('loadOptions', method, parameters, [], notConnected).then(
			(options) => ({ options, error: undefined }),
			(caught: unknown) => ({ options: undefined, error: caught as NodeOperationError }),
		);
		if (dependent.has(method) && (outcome.error === undefined || /^Choose .+ first/.test(outcome.error.message))) {
			// Its other field is not set in these parameters: no store data to list (or a request, in
			// words, to choose that field first), nothing asked of Salla.
			if (outcome.error) expect(outcome.error).toBeInstanceOf(NodeOperationError);
			else expect(Array.isArray((outcome.options as { result: unknown }).result)).toBe(true);
			expect(received).toEqual([]);
			return;
		}
		const error = outcome.error;
		// n8n's server hands a NodeApiError to the editor as raw fields, which its dropdowns showed as
		// "[object Object]"; any other error reaches them as its message.
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error).not.toBeInstanceOf(NodeApiError);
		expect(error?.message).toBe('The Salla credential is not connected to the store');
		expect(error?.description).toContain('click Connect and sign in to the store again');
		expect(received).toEqual([]);
	});

	test('Salla\'s own refusal keeps its words and advice', async () => {
		salla('get', '/customers/groups?page=1&per_page=60', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'Not allowed' } });
		const error = await callMethod('loadOptions', 'getCustomerGroups', { resource: 'customer', operation: 'create' }).then(
			() => undefined,
			(caught: unknown) => caught as NodeOperationError,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('Salla refused this operation (403)');
		expect(error?.description).toContain('Salla says: "Not allowed".');
	});
});

describe('Order → Update Status offers Salla\'s original statuses before a credential is connected', () => {
	const updateStatus = { resource: 'order', operation: 'updateStatus' };
	const originals = [
		['Payment Pending', 'payment_pending'],
		['Under Review', 'under_review'],
		['In Progress', 'in_progress'],
		['Completed', 'completed'],
		['Delivering', 'delivering'],
		['Delivered', 'delivered'],
		['Shipped', 'shipped'],
		['Canceled', 'canceled'],
		['Restored', 'restored'],
		['Restoring', 'restoring'],
	].map(([name, slug]) => ({ name, value: `slug:${slug}`, description: `Salla status (${slug})` }));

	test('no credential chosen: the ten originals, nothing asked of Salla', async () => {
		const { result } = await callMethod('loadOptions', 'getOrderStatusTargets', updateStatus, [], { withoutCredential: true });
		expect(result).toEqual(originals);
		expect(received).toEqual([]);
	});

	test('a credential saved but not connected: still the originals', async () => {
		const { result } = await callMethod('loadOptions', 'getOrderStatusTargets', updateStatus, [], notConnected);
		expect(result).toEqual(originals);
	});

	test('connected: the store\'s statuses with its custom ones, and the originals it did not list', async () => {
		salla('get', '/orders/statuses?page=1&per_page=60', 200, list([
			{ id: 1298199463, name: 'مكتمل', type: 'original', slug: 'completed', parent: null },
			{ id: 1422535667, name: 'جاهز للاستلام', type: 'custom', slug: 'completed', parent: { id: 1298199463, name: 'مكتمل' } },
		]));
		const { result } = await callMethod<INodePropertyOptions[]>('loadOptions', 'getOrderStatusTargets', updateStatus);
		expect(result.slice(0, 2)).toEqual([
			{ name: 'مكتمل', value: 'slug:completed', description: 'Salla status (completed)' },
			{ name: 'جاهز للاستلام', value: 'status_id:1422535667', description: 'Custom status (completed) under مكتمل' },
		]);
		expect(result.slice(2)).toEqual(originals.filter((option) => option.value !== 'slug:completed'));
	});

	test('an original picked before connecting is sent as its slug', async () => {
		salla('post', '/orders/1/status', 201, { status: 201, success: true, data: { message: 'done', code: 201 } });
		const { error } = await runSalla({ ...updateStatus, order: { __rl: true, mode: 'id', value: '1' }, status: 'slug:canceled' });
		expect(error).toBeUndefined();
		expect(received[0].body).toEqual({ slug: 'canceled' });
	});
});

describe('Coupon → Create', () => {
	const coupon = { resource: 'coupon', operation: 'create', code: 'SUMMER10', type: 'percentage', amount: 10, expiry_date: '2099-12-31T00:00:00' };

	test('Maximum Discount left at its default (0) is not sent: the node says Salla needs a cap', async () => {
		const { error } = await runSalla(coupon);
		expect(error?.message).toBe('Maximum Discount must be more than 0');
		expect(error?.description).toContain('Salla requires one, and 0 would take nothing off');
		expect(received).toEqual([]);
	});

	test('Maximum Discount is not marked required: it shows only for a percentage, and the node checks it', () => {
		const field = new Salla().description.properties.find(
			(property) => property.name === 'maximum_amount' && property.displayOptions?.show?.operation?.includes('create'),
		);
		expect(field?.required).toBeUndefined();
		expect(field?.displayOptions?.show?.type).toEqual(['percentage']);
	});

	test('Payment Methods are named in words and sent as Salla\'s slugs', async () => {
		const field = new Salla().description.properties
			.find((property) => property.name === 'additionalFields' && property.displayOptions?.show?.resource?.includes('coupon'))!
			.options!.find((option) => (option as INodeProperties).name === 'payment_methods') as INodeProperties;
		const names = Object.fromEntries((field.options as INodePropertyOptions[]).map((option) => [option.value, option.name]));
		expect(names).toMatchObject({ apple_pay: 'Apple Pay', cod: 'Cash on Delivery', tabby_installment: 'Tabby Installments', stc_pay: 'STC Pay' });

		salla('post', '/coupons', 200, { status: 200, success: true, data: { id: 1 } });
		await runSalla({ ...coupon, maximum_amount: 50, additionalFields: { payment_methods: ['apple_pay', 'tabby_installment'] } });
		expect(received[0].body).toMatchObject({ maximum_amount: 50, payment_methods: ['apple_pay', 'tabby_installment'] });
	});
});

// n8n's date picker reads "Select date and time": a field says whether the time is sent.
test('every date field of the Salla node says that only the day is sent', () => {
	const dateFields: string[] = [];
	const visit = (properties: INodeProperties[]) => {
		for (const property of properties) {
			if (property.type === 'dateTime') {
				dateFields.push(property.name);
				expect(`${property.name}: ${property.description}`).toMatch(/only the day is sent|the time is ignored|sent with its time/i);
			}
			for (const option of (property.options ?? []) as Array<INodeProperties | { values?: INodeProperties[] }>) {
				if ('values' in option && option.values) visit(option.values);
				else if ('type' in option) visit([option]);
			}
		}
	};
	visit(new Salla().description.properties);
	expect(dateFields).toEqual(expect.arrayContaining(['birthday', 'expiry_date', 'start_date', 'sale_start', 'sale_end', 'from_date', 'to_date']));
});

describe('the Salla Trigger warns about webhook URLs Salla refuses', () => {
	test('its panel says so before activation', () => {
		const notices = new SallaTrigger().description.properties.filter((property) => property.type === 'notice');
		expect(notices.map((notice) => notice.displayName).join(' ')).toContain('Salla delivers events only to a public https address');
	});

	test.each([
		['http://localhost:5678/webhook/x', 'its host localhost is not reachable from the internet'],
		['https://127.0.0.1/webhook/x', 'its host 127.0.0.1 is not reachable from the internet'],
		['https://192.168.1.20/webhook/x', 'its host 192.168.1.20 is not reachable from the internet'],
		['http://n8n.example.com/webhook/x', 'it is plain http, not https'],
		['https://n8n.example.com/webhook/x', undefined],
	])('%s: %s', (url, reason) => {
		expect(refusedUrlReason(url)).toBe(reason);
	});

	test('an activation Salla refuses while n8n\'s URL is localhost says why, in words', async () => {
		salla('post', '/webhooks/subscribe', 422, {
			status: 422,
			success: false,
			error: { code: 'error', message: 'alert.invalid_fields', fields: { url: ['The url must be public.'] } },
		});
		const trigger = new TriggerHarness({ events: ['order.created'], securityStrategy: 'signature' });
		trigger.additionalData.webhookBaseUrl = 'http://localhost:5678/webhook';
		const error = await trigger.activate().then(
			() => undefined,
			(caught: unknown) => caught as NodeOperationError,
		);
		expect(error?.message).toBe('Salla refused n8n\'s webhook URL: its host localhost is not reachable from the internet');
		expect(error?.description).toContain('set n8n\'s N8N_WEBHOOK_URL to a public https address');
		expect(error?.description).toContain('Salla said: Salla rejected the data (422): url: The url must be public.');
	});
});

test('the nodes panel\'s merged "Salla" entry (built from the trigger) describes both nodes', () => {
	expect(new SallaTrigger().description.description).toBe(new Salla().description.description);
	expect(new Salla().description.description).toMatch(/Manage a Salla store and start workflows from its events/);
});
