import { timing } from './clock';
import { CUSTOMERS_LIMIT, customersWindow } from './customers';
import type { Bucket } from './customers';
import { WaitCancelled, WaitTooLong } from './waits';
import type { LimitKind } from './waits';

// ---------------------------------------------------------------------------------------------
// Rate limits: the pacing and 429 policy that the door (throughSalla, http/door.ts) applies.
//
// Salla limits each store with a leaky bucket and says how much is left on every answer
// (X-RateLimit-Remaining, X-RateLimit-Reset) and, on a 429, how long to wait (Retry-After).
// n8n-core starts every item's request at once, so the pacing is a queue shared by every request
// to the same store: one limiter per Salla credential, kept at module level because n8n shares
// node instances across executions and the bucket belongs to the store, not to one run.
// - Requests start in the order they asked (item order); a retried request keeps its place.
// - Until Salla has answered once (or after its reset time has passed), one request goes alone
//   to learn what is left; then at most Remaining are in flight (what Salla advertises: a store on
//   a larger plan is not held back; MAX_IN_FLIGHT at most), or DEFAULT_IN_FLIGHT when its answers
//   carry no X-RateLimit headers.
// - Remaining 0: the bucket is full. Salla's store limit is a leaky bucket: it drains at a steady
//   pace, one request every (Reset - now) / Limit or so, Reset being when it is empty again. Once an
//   answer has shown that pace, requests go one at a time at it (each start takes one place in the
//   bucket), instead of waiting for the bucket to empty; that is the plan's pace, not a wait Salla
//   asked for. Until then, and for the customers endpoints' own limit (500 per 10 minutes, not a
//   leaky bucket), or once a request sent at that pace met a 429, nothing starts before
//   X-RateLimit-Reset. A 429: nothing starts before
//   Retry-After, then the same request is sent again. Both waits are bounded by the node's
//   "Max Rate Limit Wait"; beyond it the item fails, saying how long Salla asked to wait.
// (Retries after 5xx answers and network errors are the door's: see throughSalla.)
//
// Customers endpoints (every path under /customers, groups and loyalty points included) have a
// limit of their own besides the store's: 500 requests per 10 minutes, counted by Salla per IP
// address. They get a limiter of their own per store (`<credential>:customers`), fed by their own
// answers' headers, so that a long customers wait never holds up orders or products; and every
// customers limiter also counts what this n8n has started in the last 10 minutes (shared, like the
// IP address), so that the 501st request waits instead of meeting Salla's refusal.
// ---------------------------------------------------------------------------------------------

/** Requests to one store in flight at once when Salla's answers do not say what is left. */
export const DEFAULT_IN_FLIGHT = 10;
/**
 * Requests to one store in flight at once, at most, whatever Salla advertises. Salla's largest plan
 * allows 720 requests a minute, so 50 never holds a store back; without a ceiling, a run of 5,000
 * items would open 5,000 HTTPS connections at the same moment (n8n's routing prepares every item
 * before the first request goes), which costs n8n more time and memory than it saves.
 */
export const MAX_IN_FLIGHT = 50;

export interface AcquireOptions {
	/**
	 * Dropdowns, list searches and the trigger's activation: a person is waiting. They go before the
	 * queued requests of bulk runs (still within what Salla allows), so a 5,000-item run never holds
	 * a dropdown for long.
	 */
	interactive?: boolean;
	/** n8n's cancel signal for the execution: a cancelled run stops waiting at once. */
	signal?: AbortSignal;
}

interface Waiter {
	ticket: number;
	interactive: boolean;
	maxWaitMs: number;
	/** Time this request spent waiting while Salla's limit kept the store closed. */
	closedWaitMs: number;
	start(closedWaitMs: number): void;
	fail(wait: WaitTooLong | WaitCancelled): void;
}

/** Interactive requests first, then in the order they asked. */
const before = (a: Waiter, b: Waiter) =>
	a.interactive !== b.interactive ? a.interactive : a.ticket < b.ticket;

/** The pace of one Salla store (or of its customers endpoints), learnt from its answers. */
export class StoreLimiter {
	/** X-RateLimit-Remaining of the latest answer; undefined when Salla did not send it. */
	private remaining?: number;
	/** X-RateLimit-Limit of the latest answer: which limit its headers speak of. */
	private limit?: number;
	/** X-RateLimit-Reset in milliseconds. */
	private resetAt?: number;
	/** No request starts before this time (a 429's Retry-After). */
	private blockedUntil = 0;
	private answered = false;
	private inFlight = 0;
	private readonly queue: Waiter[] = [];
	private wakeAt = Number.POSITIVE_INFINITY;

	constructor(readonly bucket: Bucket = 'store') {}

	/** Since when the store has been closed by Salla's limit (undefined while open). */
	private closedSince?: number;

	/**
	 * Milliseconds between two requests while the bucket is full: the tightest pace the answers with
	 * Remaining 0 have shown (see `note`); undefined until one has.
	 */
	private slotMs?: number;
	/** When the latest request started: while the bucket is full, the next goes a slot after it. */
	private lastStartAt = Number.NEGATIVE_INFINITY;
	/** Salla refused a request sent at the learnt pace: no pacing for this store any more. */
	private paceRefused = false;

	/**
	 * Resolves when the request with this ticket may be sent, with how long it waited while Salla's
	 * limit kept the store closed (the part Max Rate Limit Wait bounds; queueing behind other
	 * requests while the store is open is the plan's pace, not a wait Salla asked for).
	 */
	async acquire(ticket: number, maxWaitMs: number, options: AcquireOptions = {}): Promise<number> {
		return await new Promise<number>((resolve, reject) => {
			const { signal } = options;
			if (signal?.aborted) return reject(new WaitCancelled());
			const onAbort = () => {
				const at = this.queue.indexOf(waiter);
				if (at !== -1) this.queue.splice(at, 1);
				reject(new WaitCancelled());
			};
			const waiter: Waiter = {
				ticket,
				interactive: options.interactive === true,
				maxWaitMs,
				closedWaitMs: 0,
				start: (closedWaitMs) => {
					signal?.removeEventListener('abort', onAbort);
					resolve(closedWaitMs);
				},
				fail: (reason) => {
					signal?.removeEventListener('abort', onAbort);
					reject(reason);
				},
			};
			signal?.addEventListener('abort', onAbort, { once: true });
			this.chargeClosedTime(timing.now()); // what the store was closed before it asked is not its wait
			// Most requests come in ticket order: they join the end without a scan of the queue.
			const last = this.queue[this.queue.length - 1];
			if (last === undefined || !before(waiter, last)) this.queue.push(waiter);
			else this.queue.splice(this.queue.findIndex((queued) => before(waiter, queued)), 0, waiter);
			this.pump();
		});
	}

	/** A request is over; `headers` are its answer's, when there was an answer. */
	settle(headers?: Record<string, string>): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (headers) this.note(headers);
		this.pump();
	}

	/** Reads Salla's X-RateLimit-* headers (lower-cased names). */
	note(headers: Record<string, string>): void {
		this.answered = true;
		const remaining = Number(headers['x-ratelimit-remaining'] ?? Number.NaN);
		const reset = Number(headers['x-ratelimit-reset'] ?? Number.NaN);
		const limit = Number(headers['x-ratelimit-limit'] ?? Number.NaN);
		this.limit = Number.isFinite(limit) && limit > 0 ? limit : undefined;
		this.remaining = Number.isFinite(remaining) ? remaining : undefined;
		this.resetAt = Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined;
		// Remaining 0 without a reset time: Salla's bucket lets one request through a second.
		if (this.remaining !== undefined && this.remaining <= 0 && this.resetAt === undefined) {
			this.resetAt = timing.now() + 1000;
		} else if (this.remaining !== undefined && this.remaining <= 0 && this.limit !== undefined && this.limit >= 2) {
			this.learnPace(this.resetAt as number, this.limit);
		}
	}

	/**
	 * Remaining 0 means less than one place is left: more than Limit - 1 are in the bucket, and it is
	 * empty at Reset (epoch seconds, so up to a second later than the true time). One place frees up
	 * at most every (Reset - now) / (Limit - 1); the smallest of these over the answers is the closest
	 * to the bucket's pace, with 2% to spare for the time the answer took to come back.
	 */
	private learnPace(resetAt: number, limit: number): void {
		if (this.paceRefused || this.limitKind() !== 'store') return; // the customers endpoints' 500 per 10 minutes does not drain
		const slot = ((resetAt - timing.now()) / (limit - 1)) * 1.02;
		if (slot > 0) this.slotMs = Math.min(this.slotMs ?? Number.POSITIVE_INFINITY, slot);
	}

	/** While the bucket is full and its pace is known: when the next request may start. */
	private pacedFrom(now: number): number | undefined {
		if (this.slotMs === undefined || this.remaining === undefined || this.remaining > 0) return undefined;
		if (this.resetAt === undefined || this.resetAt <= now || this.limitKind() !== 'store') return undefined;
		return this.lastStartAt + this.slotMs;
	}

	/** A 429: nothing starts for `waitMs`, then one request goes alone to learn what is left. */
	hold(waitMs: number): void {
		const until = timing.now() + waitMs;
		this.blockedUntil = Math.max(this.blockedUntil, until);
		this.remaining = 0;
		// Refused while going at the pace learnt: this store's Reset is not a leaky bucket's (for
		// example the end of a fixed window). Back to waiting for Reset, for good.
		if (this.slotMs !== undefined) this.paceRefused = true;
		this.slotMs = undefined;
		this.resetAt = Math.max(this.resetAt ?? 0, this.blockedUntil);
	}

	/**
	 * Which limit Salla's headers speak of: on customers endpoints, X-RateLimit-Limit 500 is theirs,
	 * another number the store plan's (120, 360, 720 a minute); without it Salla did not say.
	 */
	limitKind(headers?: Record<string, string>): LimitKind {
		if (this.bucket === 'store') return 'store';
		const fromHeaders = Number(headers?.['x-ratelimit-limit'] ?? Number.NaN);
		const limit = Number.isFinite(fromHeaders) && fromHeaders > 0 ? fromHeaders : this.limit;
		if (limit === undefined) return 'unsure';
		return limit === CUSTOMERS_LIMIT.requests ? 'customers' : 'store';
	}

	/** Milliseconds from now until a request may start, and what imposes the wait. */
	private closedFor(now: number): WaitTooLong | undefined {
		const full = this.remaining !== undefined && this.remaining <= 0;
		// A full bucket whose pace is known is not closed: requests go at that pace (see pump).
		const byHeaders = full && this.pacedFrom(now) === undefined ? (this.resetAt ?? 0) : 0;
		const byWindow = this.bucket === 'customers' ? customersWindow.openAt(now) : 0;
		const until = Math.max(this.blockedUntil, byHeaders, byWindow);
		if (until <= now) return undefined;
		if (byWindow >= until) return new WaitTooLong(until - now, 'window', 'customers');
		return new WaitTooLong(until - now, this.blockedUntil >= byHeaders ? 'retryAfter' : 'reset', this.limitKind());
	}

	/** How many requests may be in flight now. */
	private capacity(now: number): number {
		if (this.remaining === undefined) return this.answered ? DEFAULT_IN_FLIGHT : 1;
		// Past the reset time what is left is unknown again: one request learns it.
		if (this.resetAt !== undefined && this.resetAt <= now) return 1;
		// As many as Salla says are left (never more than its advertised limit).
		return Math.max(0, Math.min(this.remaining, this.limit ?? Number.POSITIVE_INFINITY, MAX_IN_FLIGHT));
	}

	/**
	 * Adds the time the store has been closed to the account of the requests that would start as soon
	 * as it opens (the first MAX_IN_FLIGHT of the queue). The others are queued behind the run: that is
	 * the store's pace, not a wait Salla imposed on them, or else with several n8n workers on one store
	 * every 429 the workers meet would add up against every queued item, and a long run's later items
	 * would fail.
	 */
	private chargeClosedTime(now: number): void {
		if (this.closedSince === undefined) return;
		const elapsed = Math.max(0, now - this.closedSince);
		for (const waiter of this.queue.slice(0, MAX_IN_FLIGHT)) waiter.closedWaitMs += elapsed;
		this.closedSince = undefined;
	}

	private pump(): void {
		const now = timing.now();
		this.chargeClosedTime(now);
		while (this.queue.length) {
			const closed = this.closedFor(now);
			if (closed) {
				// Whoever may not wait that long in all fails now, with nothing sent.
				for (const waiter of [...this.queue]) {
					if (waiter.closedWaitMs + closed.waitMs > waiter.maxWaitMs) {
						this.queue.splice(this.queue.indexOf(waiter), 1);
						waiter.fail(new WaitTooLong(closed.waitMs, closed.reason, closed.limit, waiter.closedWaitMs));
					}
				}
				if (this.queue.length) {
					this.closedSince = now;
					this.wakeUp(now + closed.waitMs);
				}
				return;
			}
			const paced = this.pacedFrom(now);
			if (paced !== undefined) {
				// The plan's pace, one at a time whatever is in flight: not a wait Salla asked for.
				if (paced > now) return this.wakeUp(paced);
			} else if (this.inFlight >= this.capacity(now)) return; // the next answer pumps again
			const next = this.queue.shift() as Waiter;
			this.inFlight++;
			// At the pace, a start that came late (a busy event loop) does not push the next one back:
			// the bucket drained meanwhile. At most one slot is made up, so no burst follows a pause.
			this.lastStartAt = paced !== undefined && this.slotMs !== undefined ? Math.max(paced, now - this.slotMs) : now;
			if (this.bucket === 'customers') customersWindow.record(now);
			next.start(next.closedWaitMs);
		}
	}

	private wakeUp(at: number): void {
		if (at >= this.wakeAt) return;
		this.wakeAt = at;
		void timing.sleep(Math.max(0, at - timing.now())).then(() => {
			if (this.wakeAt === at) this.wakeAt = Number.POSITIVE_INFINITY;
			this.pump();
		});
	}
}

const limiters = new Map<string, StoreLimiter>();
let tickets = 0;

/**
 * The limiter of one store, by key (the Salla credential's ID), or of its customers endpoints
 * (`<credential>:customers`) when the request is in that bucket.
 */
export function limiterFor(key: string, bucket: Bucket = 'store'): StoreLimiter {
	const fullKey = bucket === 'customers' ? `${key}:customers` : key;
	let limiter = limiters.get(fullKey);
	if (!limiter) {
		limiter = new StoreLimiter(bucket);
		limiters.set(fullKey, limiter);
	}
	return limiter;
}

/** A place in the queues: requests start in the order they asked. */
export function nextTicket(): number {
	return ++tickets;
}

/** For tests only: forget what every store's answers said. */
export function resetSallaRateLimits(): void {
	limiters.clear();
	customersWindow.clear();
}
