import { defineResource } from '../../common/operation';
import { getAll } from './getAll.operation';

/** Shipping Companies (`/shipping/companies`). */
export const shippingCompany = defineResource({
	value: 'shippingCompany',
	name: 'Shipping Company',
	defaultOperation: getAll.value,
	operations: [getAll],
});
