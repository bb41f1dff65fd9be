import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError, toList } from '../../../shared/validate';
import { readRecordId } from '../../common/fields';
import { defineOperation } from '../../common/operation';
import { describeOutcome } from '../../common/output';
import { productLocator } from './shared';

/**
 * POST /products/{product}/digital-codes `{codes: string[]}`: codes (gift cards, licence keys) of a
 * Digital Codes product, sold one per unit. Salla answers with a bare message.
 */
const product = productLocator();

/** One code a line, or a list from an expression; blank lines dropped, duplicates refused. */
function readCodes(context: IExecuteSingleFunctions): string[] {
	const raw = context.getNodeParameter('codes', '') as unknown;
	const codes = toList(raw)
		.flatMap((entry) => (typeof entry === 'string' ? entry.split(/\r?\n/) : [entry]))
		.map((entry) => (typeof entry === 'string' || typeof entry === 'number' ? String(entry).trim() : undefined));
	if (codes.some((code) => code === undefined)) {
		throw inputError(context, 'Codes must be text', 'Give one code a line, or a list of codes from an expression.');
	}
	const list = (codes as string[]).filter(Boolean);
	if (!list.length) throw inputError(context, 'Codes is empty', 'Give at least one code, one a line, such as 232m322.');
	const repeated = list.find((code, index) => list.indexOf(code) !== index);
	if (repeated !== undefined) {
		throw inputError(context, `Codes: "${repeated}" is given twice`, 'Each code can be sold once: remove the repeated code.');
	}
	return list;
}

export const attachDigitalCodes = defineOperation({
	value: 'attachDigitalCodes',
	name: 'Attach Digital Codes',
	description: 'Add codes (gift cards, licence keys) to a Digital Codes product',
	action: 'Attach digital codes to a product',
	method: 'POST',
	path: '/products/{product}/digital-codes',
	scope: 'products.read_write',
	body() {
		return { codes: readCodes(this) };
	},
	postReceive: [describeOutcome((context) => ({ id: readRecordId(context, product), codes: readCodes(context) }))],
	fields: [
		product,
		{
			displayName: 'Codes',
			name: 'codes',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			placeholder: 'e.g. 232m322',
			description: 'One code a line, or a list of codes from an expression',
		},
	],
});
