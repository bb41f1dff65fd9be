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
 * Known limits: docs/resources/affiliate.md (its hand-written section).
 */
export const affiliate = defineResource({
	value: 'affiliate',
	name: 'Affiliate',
	defaultOperation: getAll.value,
	operations: [create, deleteAffiliate, get, getAll, getLinks, update],
});
