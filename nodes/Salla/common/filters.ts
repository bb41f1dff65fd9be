import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError, isUnset, oneOf, optionalDate, optionalNumber, optionalText } from '../../shared/validate';

/**
 * Query filters of a Get Many, as options of its `filters` collection. Each checks what the user
 * (or an expression) gave and adds the query parameter only when there is a value: a filter added
 * to the collection but left blank is not sent.
 */

export interface FilterSpec {
	/** Salla's query parameter, also the option's name, e.g. `keyword`. */
	name: string;
	displayName: string;
	description: string;
	placeholder?: string;
}

const COLLECTION = 'filters';

const read = (context: IExecuteSingleFunctions, name: string) =>
	context.getNodeParameter(`${COLLECTION}.${name}`, '') as unknown;

type FilterField = Omit<INodeProperties, 'displayName' | 'name' | 'description' | 'routing'>;

/**
 * A filter option of the collection: `check` turns what the user gave into the query's value, or
 * undefined to send nothing, and throws an input error naming the filter when the value is wrong.
 */
function queryFilter(
	spec: FilterSpec,
	field: FilterField,
	check: (context: IExecuteSingleFunctions, raw: unknown) => unknown,
): INodeProperties {
	async function send(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = check(this, read(this, spec.name));
		if (value !== undefined) requestOptions.qs = { ...requestOptions.qs, [spec.name]: value };
		return requestOptions;
	}
	return {
		displayName: spec.displayName,
		name: spec.name,
		...field,
		description: spec.description,
		routing: { send: { preSend: [send] } },
	};
}

/** A text filter, trimmed. */
export function textFilter(spec: FilterSpec): INodeProperties {
	return queryFilter(
		spec,
		{ type: 'string', default: '', placeholder: spec.placeholder },
		(context, raw) => optionalText(context, spec.displayName, raw) || undefined,
	);
}

/** Name Contains: Salla's `keyword` over the records' names, e.g. `nameContainsFilter('brands', 'Zara')`. */
export function nameContainsFilter(records: string, example: string): INodeProperties {
	return textFilter({
		name: 'keyword',
		displayName: 'Name Contains',
		description: `Only ${records} whose name matches these words`,
		placeholder: `e.g. ${example}`,
	});
}

/** A dropdown filter; the values are what Salla expects in the query string. */
export function choiceFilter(
	spec: FilterSpec & { options: Array<{ name: string; value: string; description?: string }>; default: string },
): INodeProperties {
	return queryFilter(spec, { type: 'options', options: spec.options, default: spec.default }, (context, raw) =>
		isUnset(raw) ? undefined : oneOf(context, spec.displayName, raw, spec.options),
	);
}

/** A whole-number filter with bounds; added to the collection, it must have a value. */
export function wholeNumberFilter(spec: FilterSpec & { min?: number; max?: number; default: number }): INodeProperties {
	const field: FilterField = {
		type: 'number',
		typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 0 },
		default: spec.default,
		placeholder: spec.placeholder,
	};
	return queryFilter(spec, field, (context, raw) => {
		const value = optionalNumber(context, spec.displayName, raw, { integer: true, min: spec.min, max: spec.max });
		if (value === undefined) {
			throw inputError(context, `${spec.displayName} is empty`, `Give ${spec.displayName} as a whole number, or remove the filter.`);
		}
		return value;
	});
}

/**
 * From and To day pickers: Salla's `YYYY-MM-DD` query values, with a check that the range is not
 * upside down, e.g. `dateRangeFilters({ name: 'from_date', … }, { name: 'to_date', … })`.
 */
export function dateRangeFilters(from: FilterSpec, to: FilterSpec): INodeProperties[] {
	const day = (context: IExecuteSingleFunctions, end: FilterSpec, raw: unknown) => optionalDate(context, end.displayName, raw);
	const dayOnly = (end: FilterSpec) => ({ ...end, description: `${end.description}. Only the day is sent; the time is ignored.` });
	const field: FilterField = { type: 'dateTime', default: '' };
	return [
		queryFilter(dayOnly(from), field, (context, raw) => day(context, from, raw)),
		queryFilter(dayOnly(to), field, (context, raw) => {
			const last = day(context, to, raw);
			const first = day(context, from, read(context, from.name));
			if (last && first && first > last) {
				throw inputError(context, `${from.displayName} (${first}) is after ${to.displayName} (${last})`, 'Swap the two dates so that the range runs forward.');
			}
			return last;
		}),
	];
}

/** The Filters collection of a Get Many. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: COLLECTION,
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}
