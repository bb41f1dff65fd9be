/**
 * The rate limiter on a virtual clock: a wait the node asks for is recorded in `sleeps` and the clock
 * jumps ahead instead of the test spending it. Everything else (n8n-core, signing, axios, nock) is real.
 */
import { setSallaClock } from '../../nodes/shared/http/rateLimit/clock';

/** A whole second, so that X-RateLimit-Reset (epoch seconds) lands exactly. */
export const START = Date.UTC(2026, 10, 27, 4, 0, 0);

/** A time as X-RateLimit-Reset writes it: epoch seconds, rounded up. */
export const epoch = (ms: number) => String(Math.ceil(ms / 1000));

export interface VirtualClock {
	/** The time the limiter sees; a test may set it. */
	now: number;
	/** Every wait the limiter asked for, in milliseconds, in order. */
	readonly sleeps: number[];
}

export interface VirtualClockOptions {
	/** Start every test at START (default), or let the time run on from test to test. */
	restart?: boolean;
	/**
	 * 'overlap' (default): a wait ends at the time it began plus its length, so waits made at once
	 * overlap as real ones do. 'add': each wait adds its length to the clock.
	 */
	waits?: 'overlap' | 'add';
}

/** Puts the limiter on a virtual clock for every test of the file, and back on the real one after. */
export function useVirtualClock({ restart = true, waits = 'overlap' }: VirtualClockOptions = {}): VirtualClock {
	const clock: VirtualClock = { now: START, sleeps: [] };
	beforeEach(() => {
		if (restart) clock.now = START;
		clock.sleeps.length = 0;
		setSallaClock({
			now: () => clock.now,
			sleep: async (ms) => {
				clock.sleeps.push(ms);
				const until = clock.now + ms;
				// Let real I/O (nock's answers) go on, then move to the end of the wait.
				await new Promise((resolve) => setImmediate(resolve));
				clock.now = waits === 'add' ? clock.now + ms : Math.max(clock.now, until);
			},
		});
	});
	afterAll(() => setSallaClock());
	return clock;
}
