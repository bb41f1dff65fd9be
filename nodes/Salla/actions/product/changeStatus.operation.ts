import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { oneOf } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { PRODUCT_STATUSES, productLocator } from './shared';

/** POST /products/{product}/status `{status}`: Salla answers with a bare message. */
const product = productLocator();

const readStatus = (context: IExecuteSingleFunctions) =>
	oneOf(context, 'Status', context.getNodeParameter('status', ''), PRODUCT_STATUSES);

export const changeStatus = defineOperation({
	value: 'changeStatus',
	name: 'Change Status',
	description: 'Put a product on sale, mark it out of stock, or hide it',
	action: 'Change a product\'s status',
	method: 'POST',
	path: '/products/{product}/status',
	scope: 'products.read_write',
	body() {
		return { status: readStatus(this) };
	},
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, product), status: readStatus(context) }))],
	fields: [
		product,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: PRODUCT_STATUSES,
			required: true,
			default: 'sale',
			description: 'For Sale shows it to customers, Out of Stock shows it as unavailable, Hidden removes it from the store',
		},
	],
});
