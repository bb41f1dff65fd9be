import { defineResource } from '../../common/operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

/** Abandoned carts (`/carts/abandoned`), read-only: Salla documents no write endpoint. */
export const abandonedCart = defineResource({
	value: 'abandonedCart',
	name: 'Abandoned Cart',
	defaultOperation: getAll.value,
	operations: [get, getAll],
});
