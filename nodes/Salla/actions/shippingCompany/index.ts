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
 * Known limits: docs/resources/shippingCompany.md (its hand-written section).
 */
export const shippingCompany = defineResource({
	value: 'shippingCompany',
	name: 'Shipping Company',
	defaultOperation: getAll.value,
	operations: [create, deleteCompany, get, getAll, getOptions, getRates, update],
});
