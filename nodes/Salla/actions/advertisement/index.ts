import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteAdvertisement } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Advertisements (`/advertisements`): the ads shown on the store's pages.
 *
 * Known limits: docs/resources/advertisement.md (its hand-written section).
 */
export const advertisement = defineResource({
	value: 'advertisement',
	name: 'Advertisement',
	defaultOperation: getAll.value,
	operations: [create, deleteAdvertisement, get, getAll, update],
});
