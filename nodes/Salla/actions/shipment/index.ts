import { defineResource } from '../../common/operation';
import { cancel } from './cancel.operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { returnShipment } from './return.operation';
import { track } from './track.operation';
import { update } from './update.operation';

/**
 * Shipments (`/shipments`): shipments and returns with the store's shipping companies.
 *
 * Known limits: docs/resources/shipment.md (its hand-written section).
 */
export const shipment = defineResource({
	value: 'shipment',
	name: 'Shipment',
	defaultOperation: getAll.value,
	operations: [cancel, create, get, getAll, returnShipment, track, update],
});
