import { defineResource } from '../../common/operation';
import { importUrls } from './import.operation';

/**
 * Custom URLs (`/custom-urls`): addresses of the store's pages, set in bulk from a spreadsheet.
 *
 * Known limits: the reference documents Import only; the spreadsheet is made with Salla's Export
 * Custom URLs, which the reference does not document, so the node has no export.
 */
export const customUrl = defineResource({
	value: 'customUrl',
	name: 'Custom URL',
	defaultOperation: importUrls.value,
	operations: [importUrls],
});
