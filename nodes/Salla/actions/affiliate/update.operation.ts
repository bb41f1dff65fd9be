import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { updateFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { inputError } from '../../../shared/validate';
import { unwrapData } from '../../common/output';
import { affiliate, affiliateBody, affiliateFields } from './shared';

/**
 * PUT /affiliates/{affiliates_id}: sends only what is set. A commission (or discount) is sent whole,
 * type and value (Salla's schema requires both), so the two are set together: taking the other from
 * the field's default would silently change a fixed commission into a percentage, or its value to 10.
 */
const PAIRS = [
	['commission_type', 'Commission Type', 'commission_value', 'Commission', 'commission'],
	['discount_type', 'Discount Type', 'discount_value', 'Discount', 'discount'],
] as const;

function buildChanges(this: IExecuteSingleFunctions): SallaBody {
	const fields = (this.getNodeParameter('updateFields', {}) ?? {}) as IDataObject;
	for (const [type, typeLabel, value, valueLabel, noun] of PAIRS) {
		if ((fields[type] === undefined) !== (fields[value] === undefined)) {
			throw inputError(
				this,
				`${fields[type] === undefined ? typeLabel : valueLabel} is empty`,
				`Salla replaces the ${noun} whole: add both ${typeLabel} and ${valueLabel} under Update Fields.`,
			);
		}
	}
	return affiliateBody(this, (name) => fields[name], false);
}

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	description: 'Change an affiliate link\'s title, commission, discount, scopes or dates',
	action: 'Update an affiliate',
	method: 'PUT',
	path: '/affiliates/{affiliates_id}',
	scope: 'marketing.read_write',
	body: buildChanges,
	changes: true,
	postReceive: [unwrapData],
	fields: [
		affiliate,
		updateFields([...affiliateFields].sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
});
