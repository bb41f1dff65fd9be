import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, optionalNumber, optionalText } from '../../shared/validate';

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

/** A text filter, trimmed. */
export function textFilter(spec: FilterSpec): INodeProperties {
	async function send(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = optionalText(this, spec.displayName, read(this, spec.name));
		if (value) requestOptions.qs = { ...requestOptions.qs, [spec.name]: value };
		return requestOptions;
	}
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'string',
		default: '',
		placeholder: spec.placeholder,
		description: spec.description,
		routing: { send: { preSend: [send] } },
	};
}

/** A dropdown filter; the values are what Salla expects in the query string. */
export function choiceFilter(
	spec: FilterSpec & { options: Array<{ name: string; value: string; description?: string }>; default: string },
): INodeProperties {
	async function send(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = read(this, spec.name);
		if (raw === '' || raw === undefined || raw === null) return requestOptions;
		const value = oneOf(this, spec.displayName, raw, spec.options);
		requestOptions.qs = { ...requestOptions.qs, [spec.name]: value };
		return requestOptions;
	}
	const initial = spec.default;
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'options',
		options: spec.options,
		default: initial,
		description: spec.description,
		routing: { send: { preSend: [send] } },
	};
}

/** A whole-number filter with bounds. */
export function wholeNumberFilter(spec: FilterSpec & { min?: number; max?: number; default: number }): INodeProperties {
	async function send(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = read(this, spec.name);
		const value = optionalNumber(this, spec.displayName, raw, { integer: true, min: spec.min, max: spec.max });
		if (value === undefined) {
			throw inputError(this, `${spec.displayName} is empty`, `Give ${spec.displayName} as a whole number, or remove the filter.`);
		}
		requestOptions.qs = { ...requestOptions.qs, [spec.name]: value };
		return requestOptions;
	}
	const initial = spec.default;
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'number',
		typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 0 },
		default: initial,
		placeholder: spec.placeholder,
		description: spec.description,
		routing: { send: { preSend: [send] } },
	};
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
