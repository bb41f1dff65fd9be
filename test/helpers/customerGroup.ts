/** Customer Group → Create as the tests run it, and Salla's answer to it. */

/** A group named "VIP customers", or as `parameters` say. */
export const createGroup = (parameters: Record<string, unknown> = {}) => ({
	resource: 'customerGroup',
	operation: 'create',
	name: 'VIP customers',
	...parameters,
});

/** One group per input item, named by the item's `name`. */
export const createGroupPerItem = (parameters: Record<string, unknown> = {}) => createGroup({ name: '={{ $json.name }}', ...parameters });

/** Salla's answer to Create (201). */
export const groupCreated = (id: number, name: string) => ({ status: 201, success: true, data: { id, name } });

const ADDED = 'The customers has been added to group successfully';

/** Salla's answer to Add Customers. */
export const customersAdded = { status: 200, success: true, data: [ADDED] };

/** The item Add Customers outputs for the first input item. */
export const addedItem = (group_id: number, customers: number[]) => ({
	json: { group_id, customers, added: true, message: ADDED },
	pairedItem: { item: 0 },
});
