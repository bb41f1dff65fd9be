/**
 * Salla's second limit: its customers endpoints (`/customers…`, customer groups and loyalty
 * included) allow 500 requests per 10 minutes, counted per IP address, so this n8n process keeps
 * its own count.
 */

/** Which of Salla's limits a request counts against: the store's, or also the customers endpoints'. */
export type Bucket = 'store' | 'customers';

/** Salla's limit for its customers endpoints: 500 requests per 10 minutes (per IP address). */
export const CUSTOMERS_LIMIT = { requests: 500, windowMs: 10 * 60 * 1000 };

/** The bucket of a request, from its URL (relative to /admin/v2, or absolute). */
export function bucketOf(url: string | undefined): Bucket {
	const path = (url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/^\/admin\/v2/, '').replace(/[?#].*$/, '');
	return /^\/customers(?:\/|$)/.test(path) ? 'customers' : 'store';
}

/** The customers requests this n8n started in the last 10 minutes (Salla counts them per IP). */
export class RequestWindow {
	private starts: number[] = [];

	constructor(
		private readonly max: number,
		private readonly windowMs: number,
	) {}

	/** When the next request may start (now, or when the oldest of the window leaves it). */
	openAt(now: number): number {
		this.starts = this.starts.filter((start) => start > now - this.windowMs);
		return this.starts.length < this.max ? now : this.starts[this.starts.length - this.max] + this.windowMs;
	}

	record(now: number): void {
		this.starts.push(now);
	}

	clear(): void {
		this.starts = [];
	}
}

export const customersWindow = new RequestWindow(CUSTOMERS_LIMIT.requests, CUSTOMERS_LIMIT.windowMs);
