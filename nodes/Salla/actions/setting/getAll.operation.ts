import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { returnAllLimit } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { ENTITIES } from './shared';

/** GET /settings?entity=: the settings of one part of the store, `{slug, type, value}` each. */
async function sendEntity(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.qs = { ...requestOptions.qs, entity: oneOf(this, 'Entity', this.getNodeParameter('entity', ''), ENTITIES) };
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the settings of one part of the store, with their slugs, types and values',
	action: 'Get many settings',
	method: 'GET',
	path: '/settings',
	scope: 'store-settings.read',
	list: true,
	preSend: [sendEntity],
	fields: [
		{
			displayName: 'Entity',
			name: 'entity',
			type: 'options',
			options: [...ENTITIES],
			default: 'orders',
			description: 'Which part of the store to get the settings of',
		},
		...returnAllLimit(),
	],
});
