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
 * Known limits: the pages' schemas do not model `buy.payment_methods`; Salla's Update example sends
 * it as the IDs of Available Payment Methods, which is what the node sends. A percentage or
 * fixed-amount offer on products, categories or payment methods must name them (checked before
 * sending); Salla's pages do not say whether `buy.type` is needed with them, and the node sends it
 * only when it is set.
 */
export const specialOffer = defineResource({
	value: 'specialOffer',
	name: 'Special Offer',
	defaultOperation: getAll.value,
	operations: [changeStatus, create, deleteOffer, get, getAll, update],
});
