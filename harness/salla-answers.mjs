// Salla's answer envelopes, for the e2e table (e2e/table/) and anything else that plays Salla.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `{status, success, data}`: one record, or Salla's answer to an action. */
export const ok = (data, status = 200) => ({ status, body: { status, success: true, data } });

/** One page of a list: `data` with Salla's `pagination`. */
export const page = (data, { currentPage = 1, totalPages = 1, perPage = 60, total = data.length } = {}) => ({
	status: 200,
	body: { status: 200, success: true, data, pagination: { count: data.length, total, perPage, currentPage, totalPages, links: [] } },
});

/** The message Salla answers a delete or a queued action with. */
export const removed = (message = 'The Object has been removed successfully') => ok({ message, code: 202 }, 202);

/** A record locator's "By ID" value. */
export const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });

/** Salla's example records and parameters that the unit tests use too: test/fixtures/<name>.json. */
export const fixture = (name) => require(`../test/fixtures/${name}.json`);

/** GET `path`'s first page, after Salla's `filters`: of 60 for Return All and a dropdown, else of the Limit. */
export const firstPage = (path, filters = {}, perPage = 60) => ({ method: 'GET', path, query: { ...filters, page: '1', per_page: String(perPage) } });

/** A list search's request: the first page of 60 of `path` with the search text as `keyword`. */
export const keywordSearch = (path, keyword) => ({ method: 'GET', path, query: { page: '1', per_page: '60', keyword } });

/** An operation's row that reads one record: GET `path`; Salla answers `record` and n8n outputs it. */
export const readsOne = (operation, parameters, path, record) => ({ operation, parameters, request: { method: 'GET', path }, answer: ok(record), output: [record] });

/** An operation's row that reads a list: `request`; Salla answers `records` in one page, n8n outputs each. */
export const readsPage = (operation, parameters, request, records) => ({ operation, parameters, request, answer: page(records), output: records });
