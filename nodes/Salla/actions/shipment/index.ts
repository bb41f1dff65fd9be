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
 * Known limits: `policy_options` is an object of option names to values; its schema says the values
 * are strings while Salla's examples send numbers (`{"boxes": 1}`). The node sends what the page's
 * schema says (text); Shipping Company → Get Options lists a company's option names. Cancel and Return
 * answer with the shipment per the docs; the node outputs whatever `data` Salla sends.
 */
export const shipment = defineResource({
	value: 'shipment',
	name: 'Shipment',
	defaultOperation: getAll.value,
	operations: [cancel, create, get, getAll, returnShipment, track, update],
});
