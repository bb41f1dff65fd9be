import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { entities } from './shared';

/**
 * GET /settings?entity=…: the settings of one part of the store, one item per setting (`{slug, type,
 * value}`). The page documents no pagination: the whole list comes in one answer.
 */

async function sendEntity(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const entity = oneOf(this, 'Entity', this.getNodeParameter('entity', ''), entities);
	requestOptions.qs = { ...requestOptions.qs, entity };
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the settings of one part of the store, with their slugs and values',
	action: 'Get many settings',
	method: 'GET',
	path: '/settings',
	scope: 'store-settings.read',
	preSend: [sendEntity],
	postReceive: [unwrapData],
	fields: [
		{
			displayName: 'Entity',
			name: 'entity',
			type: 'options',
			options: entities,
			default: 'orders',
			description: 'The part of the store whose settings to get',
		},
	],
});
