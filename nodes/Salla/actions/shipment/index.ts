import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** Shipments (`/shipments`): shipments and returns with the store's shipping companies. */
export const shipment = defineResource({
	value: 'shipment',
	name: 'Shipment',
	defaultOperation: getAll.value,
	operations: [create, get, getAll, update],
});
