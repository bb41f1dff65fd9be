import { defineResource } from '../../common/operation';
import { create } from './create.operation';
import { deleteZone } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/**
 * Shipping Zones (`/shipping/zones`): where a custom shipping company delivers, at what fee.
 *
 * Known limits: Salla's Update requires the whole zone (company, country, city, fees, duration), so
 * Update asks for every field Create does. All Countries / All Cities send Salla's -1. The List page's
 * example answers one zone as `data` instead of a list: Get Many reads either. The fee's weight unit
 * is the store's (Salla answers `weight_unit`); the fee currency is the store's.
 */
export const shippingZone = defineResource({
	value: 'shippingZone',
	name: 'Shipping Zone',
	defaultOperation: getAll.value,
	operations: [create, deleteZone, get, getAll, update],
});
