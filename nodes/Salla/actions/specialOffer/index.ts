import { defineResource } from '../../common/operation';
import { changeStatus } from './changeStatus.operation';
import { create } from './create.operation';
import { deleteOffer } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Special Offers (`/specialoffers`).
 *
 * Known limits: docs/resources/specialOffer.md (its hand-written section).
 */
export const specialOffer = defineResource({
	value: 'specialOffer',
	name: 'Special Offer',
	defaultOperation: getAll.value,
	operations: [changeStatus, create, deleteOffer, get, getAll, update],
});
