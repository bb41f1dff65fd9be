import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteCompany } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getOptions } from './getOptions.operation';
import { getRates } from './getRates.operation';
import { update } from './update.operation';

/**
 * Shipping Companies (`/shipping/companies`).
 *
 * Known limits: Create, Update and Delete concern custom companies; Salla refuses to update one whose
 * `activation_type` is `api` (a shipping app's). Get Rates and Get Label Options name no scope on their
 * pages (shipping.read is assumed). Get Rates' `geocode` format is not described: it is sent as given.
 */
export const shippingCompany = defineResource({
	value: 'shippingCompany',
	name: 'Shipping Company',
	defaultOperation: getAll.value,
	operations: [create, deleteCompany, get, getAll, getOptions, getRates, update],
});
