import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { buildFeatures, features } from './shared';

/** POST /customers/groups/default: the group every new customer joins; only features can change. */

async function requireFeatures(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (!buildFeatures(this)) {
		throw inputError(
			this,
			'Features is empty',
			'Add Payment Methods or Shipping: they are all Salla lets you change on the default group.',
		);
	}
	return requestOptions;
}

export const updateDefault = defineOperation({
	value: 'updateDefault',
	name: 'Update Default Group',
	description: 'Change the payment methods and shipping of the group every new customer joins',
	action: 'Update the default customer group',
	method: 'POST',
	path: '/customers/groups/default',
	scope: 'customers.read_write',
	preSend: [requireFeatures],
	postReceive: [unwrapData],
	fields: [features],
});
