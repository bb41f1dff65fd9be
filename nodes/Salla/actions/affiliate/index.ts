import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteAffiliate } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getLinks } from './getLinks.operation';
import { update } from './update.operation';

/**
 * Affiliates (`/affiliates`): marketers' links, their commission and the discount they give.
 *
 * Known limits: Create and Update send the body of Salla's new affiliate system (since November 2025);
 * the old body (code, marketer_name, marketer_city, commission_type, amount) is not offered, while
 * the answers of stores still on the old system are output as they come. The schema requires every
 * scope's `thumbnail` (described as a product image) and both dates; Salla's own answers carry empty
 * dates and scopes without thumbnails, so the node sends no thumbnail and no date unless one is set,
 * and leaves the rest to Salla's 422. A scope's ID is typed (a store, product or category ID): one
 * field cannot offer one list for the three kinds.
 */
export const affiliate = defineResource({
	value: 'affiliate',
	name: 'Affiliate',
	defaultOperation: getAll.value,
	operations: [create, deleteAffiliate, get, getAll, getLinks, update],
});
