/**
 * 5xx answers and network errors: what is sent again and what is not, through n8n-core's real engine
 * with nock as Salla.
 *
 * The limiter runs on a virtual clock (test/helpers/clock.ts): a wait Salla asks for is recorded in
 * `clock.sleeps` and the clock jumps ahead instead of the test spending it. Everything else
 * (n8n-core's RoutingNode firing every item at once, signing, axios, nock) is real.
 */
import nock from 'nock';

import { runSalla } from '../helpers/engine';
import { BASE_PATH, received, SALLA_API, pendingMocks, resetSalla } from '../helpers/salla';
import { requestedPaths } from '../helpers/fixtures';
import { createGroupPerItem as create } from '../helpers/customerGroup';
import { useVirtualClock } from '../helpers/clock';
import { type Answer, created, inTurn, named, sentNames, standIn, unavailable } from '../helpers/standIn';

beforeEach(resetSalla);
const clock = useVirtualClock();
afterEach(() => expect(pendingMocks()).toEqual([]));

describe('5xx answers and network errors', () => {
	test('a 503 on a GET is retried after a backoff, then succeeds', async () => {
		standIn(
			'GET',
			/customers\/groups/,
			2,
			inTurn(unavailable, [200, { status: 200, success: true, data: [{ id: 7, name: 'Gold' }], pagination: { currentPage: 1, totalPages: 1 } }]),
		);

		const { items, error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requestedPaths()).toEqual([
			'GET /admin/v2/customers/groups?page=1&per_page=60',
			'GET /admin/v2/customers/groups?page=1&per_page=60',
		]);
		expect(clock.sleeps).toEqual([1000]);
		expect(items).toEqual([{ json: { id: 7, name: 'Gold' }, pairedItem: { item: 0 } }]);
	});

	test('a DELETE that keeps failing with 502 is tried 4 times with growing waits, then reported', async () => {
		const badGateway: Answer = [502, { message: 'Bad Gateway' }];
		standIn('DELETE', '/customers/groups/55', 4, inTurn(badGateway, badGateway, badGateway, badGateway));

		const { error } = await runSalla({
			resource: 'customerGroup',
			operation: 'delete',
			group: { __rl: true, mode: 'id', value: '55' },
		});

		expect(received).toHaveLength(4);
		expect(clock.sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.httpCode).toBe('502');
		expect(error?.message).toBe('Salla had a server error (502)');
		expect(error?.description).toContain('The node tried 4 times.');
	});

	test('a 500 on a GET is retried too, and reported with the number of tries when it persists', async () => {
		const serverError: Answer = [500, { status: 500, success: false, error: { code: 'error', message: 'Server Error' } }];
		standIn('GET', /customers\/groups/, 4, inTurn(serverError, serverError, serverError, serverError));

		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(received).toHaveLength(4);
		expect(clock.sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.message).toBe('Salla had a server error (500)');
		expect(error?.description).toBe(
			'Salla says: "Server Error". The node tried 4 times. The problem is on Salla\'s side. ' +
				'Try again in a few minutes; if it persists, contact Salla support with the time of the request.',
		);
	});

	test('a PUT whose connection is reset is sent again', async () => {
		nock(SALLA_API)
			.put(`${BASE_PATH}/customers/groups/55`)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		standIn('PUT', '/customers/groups/55', 1, inTurn((body) => [200, { data: { id: 55, name: body.name } }]));

		const { items, error } = await runSalla({
			resource: 'customerGroup',
			operation: 'update',
			group: { __rl: true, mode: 'id', value: '55' },
			name: 'Gold',
		});

		expect(error).toBeUndefined();
		expect(clock.sleeps).toEqual([1000]);
		expect(items).toEqual([{ json: { id: 55, name: 'Gold' }, pairedItem: { item: 0 } }]);
	});

	test('a GET that cannot reach Salla is tried 4 times, then says so in Salla\'s words', async () => {
		nock(SALLA_API)
			.get(/customers\/groups/)
			.times(4)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

		const { error } = await runSalla({ resource: 'customerGroup', operation: 'getAll', returnAll: true });

		expect(clock.sleeps).toEqual([1000, 2000, 4000]);
		expect(error?.message).toBe('Could not reach Salla (ECONNRESET)');
		expect(error?.description).toBe(
			'The node tried 4 times. The connection to Salla was cut (connection reset or socket hang-up). ' +
				'The request did not get an answer from api.salla.dev. ' +
				"Check the n8n server's internet connection and try again.",
		);
	});

	test('a POST that times out after being sent is not retried, and the error says it may have gone through', async () => {
		// What axios reports when n8n's request timeout fires (nock 14's sockets never time out by
		// themselves), after the stand-in has received the request.
		const scope = nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.replyWithError(Object.assign(new Error('timeout of 300000ms exceeded'), { code: 'ECONNABORTED' }));
		scope.on('request', (_request, _interceptor, body) => {
			received.push({ method: 'POST', path: '/admin/v2/customers/groups', headers: {}, body: JSON.parse(body) });
		});

		const { error } = await runSalla(create(), { items: named('A') });

		expect(sentNames()).toEqual(['A']);
		expect(clock.sleeps).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('No answer from Salla (ECONNABORTED): the request may have gone through');
		expect(error?.description).toBe(
			'The request to Salla timed out. ' +
				'The request was sent to Salla, but no clear answer came back, so the node did not send it again: ' +
				'Salla may already have carried it out (for example, created the customer group). ' +
				'Check the store in the Salla dashboard before running this item again.',
		);
	});

	test('a POST answered 503 is not retried either', async () => {
		standIn('POST', '/customers/groups', 1, inTurn(unavailable));

		const { error } = await runSalla(create(), { items: named('A') });

		expect(received).toHaveLength(1);
		expect(error?.httpCode).toBe('503');
		expect(error?.message).toBe('Salla had a server error (503): the request may have gone through');
		expect(error?.description).toContain('Salla may already have carried it out');
	});

	test('a POST whose connection was refused (nothing reached Salla) is sent again', async () => {
		nock(SALLA_API)
			.post(`${BASE_PATH}/customers/groups`)
			.replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
		standIn('POST', '/customers/groups', 1, inTurn(created(9)));

		const { items, error } = await runSalla(create(), { items: named('A') });

		expect(error).toBeUndefined();
		expect(clock.sleeps).toEqual([1000]);
		expect(items.map(({ json }) => json)).toEqual([{ id: 9, name: 'A' }]);
	});
});
