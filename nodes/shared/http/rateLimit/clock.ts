import { sleep } from 'n8n-workflow';

/** The rate limiter's time: real, or a test's virtual clock (see setSallaClock). */

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };
let clock: Clock = realClock;

/** The limiter's time: real, or a test's virtual clock. */
export const timing: Clock = {
	now: () => clock.now(),
	sleep: async (ms) => await clock.sleep(ms),
};

/**
 * For tests only (production code never calls it): run the limiter on a virtual clock, so that a
 * test can check the waits Salla asked for without spending them. No argument restores real time.
 */
export function setSallaClock(testClock?: Clock): void {
	clock = testClock ?? realClock;
}
