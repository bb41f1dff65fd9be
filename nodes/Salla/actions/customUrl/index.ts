import { defineResource } from '../../common/operation';
import { importUrls } from './import.operation';

/**
 * Custom URLs (`/custom-urls`): addresses of the store's pages, set in bulk from a spreadsheet.
 *
 * Known limits: docs/resources/customUrl.md (its hand-written section).
 */
export const customUrl = defineResource({
	value: 'customUrl',
	name: 'Custom URL',
	defaultOperation: importUrls.value,
	operations: [importUrls],
});
