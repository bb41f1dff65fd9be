import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { coupon, couponTerms, optionalCouponFields } from './shared';
import { couponBody } from './body';

/** PUT /coupons/{coupon_id}: sends only what the user set. */
function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	return couponBody(this, this.getNodeParameter('updateFields', {}) as never, 'update');
}

const changeable: INodeProperties[] = [...optionalCouponFields, ...couponTerms('update')];

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change a coupon\'s code, discount, dates, limits or products; only what you set is sent',
	action: 'Update a coupon',
	method: 'PUT',
	path: '/coupons/{coupon_id}',
	scope: 'marketing.read_write',
	body: buildChanges,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		coupon,
		updateFields([...changeable].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
