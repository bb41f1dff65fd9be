import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteAdvertisement } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Advertisements (`/advertisements`): the ads shown on the store's pages.
 *
 * Known limits: Salla's Update page requires every field, so Update sends the whole ad. A store page
 * is given by its ID (the node has no list of pages: Salla documents no endpoint for them). The ad's
 * style (icon, colours) is in Salla's answers but not in its request schema: it is not offered.
 */
export const advertisement = defineResource({
	value: 'advertisement',
	name: 'Advertisement',
	defaultOperation: getAll.value,
	operations: [create, deleteAdvertisement, get, getAll, update],
});
