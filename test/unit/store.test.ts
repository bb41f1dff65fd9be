/**
 * Store → Get Info: the store behind the credential.
 */
import { runSalla } from '../helpers/engine';
import { pendingMocks, received, resetSalla, salla } from '../helpers/salla';
import { expectApiError, expectSallaHeaders, requestedPaths } from '../helpers/fixtures';

const info = {
	id: 1305146709,
	name: 'dev-wofftr4xsra5xtlv',
	entity: 'company',
	email: 'salama@salla.sa',
	avatar: 'https://salla-dev.s3.eu-central-1.amazonaws.com/logo/logo-fashion.jpg',
	plan: 'pro',
	type: 'demo',
	status: 'active',
	verified: false,
	currency: 'SAR',
	domain: 'https://salla.sa/dev-wofftr4xsra5xtlv',
	description: 'متجر تجريبي',
	licenses: { tax_number: '65464645654', commercial_number: '8765282634', freelance_number: '42333222' },
	social: { twitter: 'https://twitter.com/SallaApp', whatsapp: '+966501806978' },
};

beforeEach(resetSalla);
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('Store → Get Info', () => {
	test('sends one GET and outputs the store', async () => {
		salla('get', '/store/info', 200, { status: 200, success: true, data: info });

		const { items, error } = await runSalla({ resource: 'store', operation: 'getInfo' });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual(['GET /admin/v2/store/info']);
		expectSallaHeaders(received[0].headers);
		expect(received[0].body).toBeUndefined();
		expect(items).toEqual([{ json: info, pairedItem: { item: 0 } }]);
	});

	test('Salla\'s 403 reaches the user as a NodeApiError', async () => {
		salla('get', '/store/info', 403, { status: 403, success: false, error: { code: 'Forbidden', message: 'This action is unauthorized.' } });
		const { error } = await runSalla({ resource: 'store', operation: 'getInfo' });
		expectApiError(error, '403', 'Salla refused this operation (403)');
	});
});
