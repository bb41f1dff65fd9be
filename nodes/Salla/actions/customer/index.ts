import { defineResource } from '../../common/operation';
import { ban } from './ban.operation';
import { create } from './create.operation';
import { deleteCustomer } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getLoyaltyPoints } from './getLoyaltyPoints.operation';
import { importCustomers } from './import.operation';
import { unban } from './unban.operation';
import { update } from './update.operation';
import { updateLoyaltyPoints } from './updateLoyaltyPoints.operation';

/**
 * Customers (`/customers`). Salla limits its customers endpoints to 500 requests per 10 minutes,
 * on top of the store's own limit: the door paces them apart (see nodes/shared/http/rateLimit/limiter.ts).
 *
 * Known limits: docs/resources/customer.md (its hand-written section).
 */
export const customer = defineResource({
	value: 'customer',
	name: 'Customer',
	defaultOperation: 'get',
	operations: [ban, create, deleteCustomer, get, getAll, getLoyaltyPoints, importCustomers, unban, update, updateLoyaltyPoints],
});
