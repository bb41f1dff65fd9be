import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * GET /currencies/available: every currency Salla can activate, one record (and one item) per
 * country using it. The page documents no pagination: the whole list comes in one answer.
 */
export const getAvailable = defineOperation({
	value: 'getAvailable',
	name: 'Get Available',
	description: 'Get the currencies Salla can activate on the store, with their countries',
	action: 'Get available currencies',
	method: 'GET',
	path: '/currencies/available',
	scope: 'metadata.read',
	postReceive: [unwrapData],
});
