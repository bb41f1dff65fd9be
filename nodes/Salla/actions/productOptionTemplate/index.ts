import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteTemplate } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Product option templates (`/products/options/templates`): reusable options such as Colour, with
 * their values.
 *
 * Known limits: Salla's schema makes the values (`details`) an object while its examples send a list;
 * the node sends a list. Update requires the values every time (Salla's schema). Only the English
 * translation of the name is offered (Salla's `translations.en`); values' translations are not.
 */
export const productOptionTemplate = defineResource({
	value: 'productOptionTemplate',
	name: 'Product Option Template',
	defaultOperation: getAll.value,
	operations: [create, deleteTemplate, get, getAll, update],
});
