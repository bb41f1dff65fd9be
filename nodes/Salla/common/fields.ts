import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, isBlank, isUnset, toId } from '../../shared/validate';
import { type ListSearchPicker, searchWith } from './search';

/**
 * Field factories for what every resource repeats: a picker for any Salla record, Return All /
 * Limit, and Name; Get Many filters, date ranges included, are in filters.ts. Operation files use
 * them; `defineOperation` adds the resource/operation display options.
 */

export interface RecordSpec {
	/** The parameter's name, also the `{placeholder}` in an operation's path, e.g. `group`. */
	name: string;
	/** The field's label in the panel, e.g. "Customer Group". */
	displayName: string;
	/** What the record is called in a sentence, e.g. "customer group". */
	noun: string;
	/** How the error's advice names it, when shorter than `noun` ("group"). */
	shortNoun?: string;
	/** A realistic ID for placeholders and errors. */
	example: string;
	/** What the advice adds about the ID ("not its reference number"). */
	idNote?: string;
	/** The list search that fills "From list" (`searchList(...)` of common/search.ts). */
	search: ListSearchPicker;
	/**
	 * "By URL": a regular expression matching the record's page in the Salla dashboard, with the ID
	 * as its first group. Only for records whose dashboard URL is documented.
	 */
	url?: { regex: string; placeholder: string };
	description?: string;
	/** Defaults to true. */
	required?: boolean;
}

const records = new WeakMap<INodeProperties, RecordSpec>();

/** "a customer", "an order". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

type TypedMode = NonNullable<INodeProperties['modes']>[number];

/** What record and code locators share: the field, its searchable From list, then its typed-in modes. */
function locator(
	spec: Pick<RecordSpec, 'name' | 'displayName' | 'noun' | 'search' | 'description' | 'required'>,
	typed: { modes: TypedMode[] },
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? true,
		description: spec.description ?? `The ${spec.noun} to use`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${withArticle(spec.noun)}...`,
				typeOptions: searchWith(spec.search),
			},
			...typed.modes,
		],
	};
}

/**
 * The spec a locator was built with and the value it holds for this item (a coding slip throws);
 * `at`: the value's path when the locator sits in a collection (`filters.order_id`).
 */
function held<S extends { name: string }>(
	context: IExecuteSingleFunctions,
	field: INodeProperties,
	specs: WeakMap<INodeProperties, S>,
	kind: string,
	at?: string,
): { spec: S; raw: unknown } {
	const spec = specs.get(field);
	if (!spec) throw new Error(`${field.name} is not a ${kind} locator`);
	return { spec, raw: context.getNodeParameter(at ?? spec.name, undefined, { extractValue: true }) as unknown };
}

/** A resource locator for one Salla record: From list (searchable), By ID, and By URL where known. */
export function recordLocator(spec: RecordSpec): INodeProperties {
	const field = locator(spec, {
		modes: [
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${spec.example}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[1-9][0-9]*\\s*$',
							errorMessage: `${withArticle(spec.noun).replace(/^a/, 'A')} ID is a whole number, such as ${spec.example}`,
						},
					},
				],
			},
			...(spec.url
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: spec.url.placeholder,
							extractValue: { type: 'regex' as const, regex: spec.url.regex },
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: spec.url.regex,
										errorMessage: `Paste the ${spec.noun}'s page from the Salla dashboard, such as ${spec.url.placeholder}`,
									},
								},
							],
						},
					]
				: []),
		],
	});
	records.set(field, spec);
	return field;
}

/** The ID a record locator holds for this item, checked before anything is sent. */
export function readRecordId(context: IExecuteSingleFunctions, field: INodeProperties): number {
	const { spec, raw } = held(context, field, records, 'record');
	return recordId(context, spec, raw, isUnset(raw) ? `${spec.displayName} is empty` : undefined);
}

/**
 * The ID an optional record locator holds, or undefined when it is left empty. `at`: its path inside
 * a collection; `ifEmpty`: what leaving it empty means ("for a top-level category"), for the advice.
 */
export function optionalRecordId(
	context: IExecuteSingleFunctions,
	field: INodeProperties,
	options: { at?: string; ifEmpty?: string } = {},
): number | undefined {
	const { spec, raw } = held(context, field, records, 'record', options.at);
	if (isBlank(raw)) return undefined;
	return recordId(context, spec, raw, undefined, options.ifEmpty ? ` Leave it empty ${options.ifEmpty}.` : '');
}

function recordId(context: IExecuteSingleFunctions, spec: RecordSpec, raw: unknown, empty?: string, advice = ''): number {
	const id = toId(raw);
	if (id === undefined) {
		const give = spec.idNote ? `give its ID (${spec.idNote})` : 'give its ID';
		throw inputError(
			context,
			empty ?? `${spec.displayName}: "${String(raw)}" is not ${withArticle(spec.noun)} ID`,
			`Choose the ${spec.shortNoun ?? spec.noun} from the list, or ${give}: a whole number such as ${spec.example}.${advice}`,
		);
	}
	return id;
}

export function isRecordLocator(field: INodeProperties): boolean {
	return records.has(field);
}

export interface CodeSpec {
	/** The parameter's name, also the `{placeholder}` in an operation's path, e.g. `language`. */
	name: string;
	displayName: string;
	/** What the record is called in a sentence, e.g. "language". */
	noun: string;
	/** The list search that fills "From list"; its values are codes, not IDs. */
	search: ListSearchPicker;
	/** The typed-in mode: its name and label ("code", "By Code"), and what the code is called ("ISO code"). */
	mode: { name: string; displayName: string; what: string };
	/** A realistic code for placeholders and errors, e.g. `fr`. */
	example: string;
	/** What a code looks like (a regular expression over the whole, trimmed value). */
	regex: string;
	description?: string;
}

const codes = new WeakMap<INodeProperties, CodeSpec>();

/**
 * A resource locator for a record Salla's path names by a code rather than a numeric ID (a
 * language's ISO code, a setting's slug): From list (searchable) and By Code.
 */
export function codeLocator(spec: CodeSpec): INodeProperties {
	const field = locator(spec, {
		modes: [
			{
				displayName: spec.mode.displayName,
				name: spec.mode.name,
				type: 'string',
				placeholder: `e.g. ${spec.example}`,
				validation: [
					{
						type: 'regex',
						properties: { regex: spec.regex, errorMessage: `Give the ${spec.noun}'s ${spec.mode.what}, such as ${spec.example}` },
					},
				],
			},
		],
	});
	codes.set(field, spec);
	return field;
}

/** The code a code locator holds for this item, checked before anything is sent. */
export function readRecordCode(context: IExecuteSingleFunctions, field: INodeProperties): string {
	const { spec, raw } = held(context, field, codes, 'code');
	const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (!new RegExp(spec.regex).test(code)) {
		throw inputError(
			context,
			code === '' && (raw === undefined || raw === null || typeof raw === 'string')
				? `${spec.displayName} is empty`
				: `${spec.displayName}: "${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)}" is not ${withArticle(spec.noun)} ${spec.mode.what}`,
			`Choose the ${spec.noun} from the list, or give its ${spec.mode.what}, such as ${spec.example}.`,
		);
	}
	return code;
}

export function isCodeLocator(field: INodeProperties): boolean {
	return codes.has(field);
}

/**
 * The required Name of a new record (brand, category, customer group, order status, product,
 * special offer). One definition for all of them, so that the node has one `name` property for them
 * rather than one each: n8n evaluates every same-named property's expression per item (see twins.ts).
 * Each operation's own check reads it and says what a good name is for that record.
 */
export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'The name as the store and its dashboard show it',
};

/** Return All and Limit of a Get Many operation (walkSallaPages reads them). */
export function returnAllLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

