import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../../common/collections';
import { defineOperation, type SallaBody } from '../../common/operation';
import { unwrapData } from '../../common/output';
import { affiliateBody, affiliateFields } from './shared';

/** POST /affiliates in Salla's new affiliate system: title, commission, discount and scopes are required. */

/** The fields Create shows under Additional Fields; the others are top-level. */
const OPTIONAL = ['minimum_apply', 'start_date', 'end_date'];

function buildAffiliate(this: IExecuteSingleFunctions): SallaBody {
	const additional = (this.getNodeParameter('additionalFields', {}) ?? {}) as Record<string, unknown>;
	return affiliateBody(this, (name) => (OPTIONAL.includes(name) ? additional[name] : this.getNodeParameter(name, undefined)), true);
}

const optional = affiliateFields.filter((field) => OPTIONAL.includes(field.name));
const required = affiliateFields.filter((field) => !OPTIONAL.includes(field.name));

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	description: 'Create an affiliate link with its commission, discount and scopes',
	action: 'Create an affiliate',
	method: 'POST',
	path: '/affiliates',
	scope: 'marketing.read_write',
	body: buildAffiliate,
	postReceive: [unwrapData],
	fields: [
		...required.map((field): INodeProperties => (field.name === 'title' ? { ...field, required: true } : field)),
		additionalFields(optional),
	],
});
