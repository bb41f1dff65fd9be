import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { ACTIVE_STATUSES } from '../../common/vocabulary';
import { offerLocator } from './shared';

const offer = offerLocator('offer');

const readStatus = (context: IExecuteSingleFunctions) => oneOf(context, 'Status', context.getNodeParameter('status', ''), ACTIVE_STATUSES);

/** PUT /specialoffers/{offer}/status: Salla answers with a bare message. */
export const changeStatus = defineOperation({
	value: 'changeStatus',
	name: 'Change Status',
	description: 'Switch a special offer on or off',
	action: 'Change a special offer\'s status',
	method: 'PUT',
	path: '/specialoffers/{offer}/status',
	scope: 'specialoffers.read_write',
	body() {
		return { status: readStatus(this) };
	},
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, offer), status: readStatus(context) }))],
	fields: [
		offer,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [...ACTIVE_STATUSES],
			default: 'inactive',
		},
	],
});
