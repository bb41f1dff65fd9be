import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks shared by every operation: what a field or an expression gave, turned into what Salla
 * expects, or a clear error that names the field as the panel shows it. They run in preSend, before
 * anything is sent.
 */

/** A NodeOperationError for bad input, raised before anything is sent to Salla. */
export function inputError(
	context: IExecuteSingleFunctions,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		description,
	});
}

/**
 * A finite JSON number from what a number field or an expression gave, or undefined when empty.
 * Expressions hand over strings ("1000") as often as numbers.
 */
export function toNumber(value: unknown): number | undefined | typeof NaN {
	if (isUnset(value)) return undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value.trim());
		return Number.isFinite(parsed) ? parsed : NaN;
	}
	return NaN;
}

/** A list from a multi-select, an expression array, or a comma-separated string; blanks dropped. */
export function toList(value: unknown): unknown[] {
	if (isUnset(value)) return [];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	return list
		.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
		.filter((entry) => entry !== '' && entry !== undefined && entry !== null);
}

/** A Salla ID: a positive whole number, from a number or digits in text. */
export function toId(raw: unknown): number | undefined {
	const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	return /^[1-9][0-9]*$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}

/** Nothing given: undefined, null, or text that is only spaces. */
export const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** Not set at all: undefined, null or ''. Unlike isBlank, text of spaces counts as given (and is checked). */
export const isUnset = (raw: unknown) => raw === undefined || raw === null || raw === '';

/** Text a field must hold, trimmed; `label` is the field's name in the panel. */
export function requireText(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	hint: string,
): string {
	if (typeof raw !== 'string' && typeof raw !== 'number') {
		throw inputError(context, isBlank(raw) ? `${label} is empty` : `${label} must be text`, hint);
	}
	const text = String(raw).trim();
	if (!text) throw inputError(context, `${label} is empty`, hint);
	return text;
}

/** Optional text: trimmed, or undefined when blank. */
export function optionalText(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	if (isBlank(raw)) return undefined;
	if (typeof raw !== 'string' && typeof raw !== 'number') {
		throw inputError(context, `${label} must be text`, `Give ${label} as text, or leave it empty.`);
	}
	return String(raw).trim();
}

/** Text fields of `values` as `[key, label]` pairs, trimmed; the empty ones are left out. */
export function optionalTexts(
	context: IExecuteSingleFunctions,
	values: IDataObject,
	fields: ReadonlyArray<readonly [string, string]>,
): IDataObject {
	const texts: IDataObject = {};
	for (const [key, label] of fields) {
		const text = optionalText(context, label, values[key]);
		if (text) texts[key] = text;
	}
	return texts;
}

/** A GTIN (a barcode of 8, 12, 13 or 14 digits); undefined when empty. */
export function optionalGtin(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const gtin = optionalText(context, label, raw);
	if (gtin && !/^(?:\d{8}|\d{12,14})$/.test(gtin)) {
		throw inputError(
			context,
			`${label}: "${gtin}" is not a GTIN`,
			'A GTIN (barcode) is 8, 12, 13 or 14 digits, such as 58636897; no spaces or dashes.',
		);
	}
	return gtin || undefined;
}

/** A number field (or an expression giving digits), optionally bounded; undefined when empty. */
export function optionalNumber(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	rules: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
	const value = toNumber(raw);
	if (value === undefined) return undefined;
	const kind = rules.integer ? 'a whole number' : 'a number';
	const range =
		rules.min !== undefined && rules.max !== undefined
			? ` from ${rules.min} to ${rules.max}`
			: rules.min !== undefined
				? ` of at least ${rules.min}`
				: rules.max !== undefined
					? ` of at most ${rules.max}`
					: '';
	if (
		Number.isNaN(value) ||
		(rules.integer && !Number.isInteger(value)) ||
		(rules.min !== undefined && value < rules.min) ||
		(rules.max !== undefined && value > rules.max)
	) {
		throw inputError(context, `${label}: "${String(raw)}" is not ${kind}${range}`, `Give ${label} as ${kind}${range}, using digits only.`);
	}
	return value;
}

/** A number that must be there (see optionalNumber). */
export function requireNumber(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	rules: { min?: number; max?: number; integer?: boolean } = {},
): number {
	const value = optionalNumber(context, label, raw, rules);
	if (value === undefined) {
		throw inputError(context, `${label} is empty`, `Give ${label} as ${rules.integer ? 'a whole number' : 'a number'}.`);
	}
	return value;
}

/** An amount of money in the store's currency: a number of at least 0 with at most 2 decimals. */
export function optionalMoney(context: IExecuteSingleFunctions, label: string, raw: unknown): number | undefined {
	const value = optionalNumber(context, label, raw, { min: 0 });
	if (value !== undefined && Math.round(value * 100) / 100 !== value) {
		throw inputError(
			context,
			`${label}: "${String(raw)}" has more than 2 decimals`,
			`Give ${label} in the store currency with at most 2 decimals, for example 99.95.`,
		);
	}
	return value;
}

/** A Salla ID (see toId) a field must hold. */
export function requireId(context: IExecuteSingleFunctions, label: string, raw: unknown, example = '1234567'): number {
	const id = toId(raw);
	if (id === undefined) {
		throw inputError(
			context,
			isBlank(raw) ? `${label} is empty` : `${label}: "${String(raw)}" is not an ID`,
			`${label} is a whole number, such as ${example}.`,
		);
	}
	return id;
}

/** The ID in a resource locator value found inside a collection (`{__rl, mode, value}` or plain). */
export function locatorId(raw: unknown): unknown {
	if (raw && typeof raw === 'object' && 'value' in (raw as IDataObject)) return (raw as IDataObject).value;
	return raw;
}

/** A Salla ID from a picker, a number or digits, or undefined when empty; an error names the field. */
export function optionalId(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	example = '1234567',
): number | undefined {
	const value = locatorId(raw);
	if (isBlank(value)) return undefined;
	const id = toId(value);
	if (id === undefined) {
		throw inputError(
			context,
			`${label}: "${typeof value === 'string' ? value : JSON.stringify(value)}" is not an ID`,
			`Choose ${label} from the list, or give its ID: a whole number such as ${example}.`,
		);
	}
	return id;
}

/** A list of Salla IDs from a multi-select, an expression array or comma-separated text. */
export function idList(context: IExecuteSingleFunctions, label: string, raw: unknown, example = '1234567'): number[] {
	return toList(raw)
		.flatMap((entry) => toList(entry))
		.map((entry) => {
			const id = toId(entry);
			if (id === undefined) {
				throw inputError(
					context,
					`${label}: "${typeof entry === 'string' ? entry : JSON.stringify(entry)}" is not an ID`,
					`${label} takes whole numbers, such as ${example}, as a list or separated by commas.`,
				);
			}
			return id;
		});
}

/**
 * A date as Salla's `YYYY-MM-DD`, from n8n's date picker ("2026-01-05T00:00:00"), an ISO text, a
 * JS Date or a Luxon DateTime an expression gave. The date is taken as written (no time-zone shift).
 */
export function optionalDate(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	if (isBlank(raw)) return undefined;
	let text: string | undefined;
	if (typeof raw === 'string') text = raw.trim();
	else if (raw instanceof Date && !Number.isNaN(raw.getTime())) text = raw.toISOString();
	else if (raw && typeof (raw as { toISO?: unknown }).toISO === 'function') {
		text = String((raw as { toISO: () => string }).toISO());
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text ?? '');
	const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
	if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match.slice(1, 4).join('-')) {
		throw inputError(
			context,
			`${label}: "${String(raw)}" is not a date`,
			`Pick ${label} in the date picker, or give it as YYYY-MM-DD, for example 2026-01-31.`,
		);
	}
	return match.slice(1, 4).join('-');
}

/** An e-mail address, checked for the shape Salla accepts (name@domain.tld). */
export function optionalEmail(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const text = optionalText(context, label, raw);
	if (text === undefined) return undefined;
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
		throw inputError(context, `${label}: "${text}" is not an e-mail address`, `Give ${label} as name@example.com.`);
	}
	return text;
}

/**
 * A switch: true or false. An expression may give the text "true" or "false" (a CSV column, a
 * webhook field), which counts as that switch; anything else is refused. `hint` says what to do.
 */
export function requireBoolean(context: IExecuteSingleFunctions, label: string, raw: unknown, hint = `Turn ${label} on or off.`): boolean {
	if (typeof raw === 'boolean') return raw;
	if (raw === 'true' || raw === 'false') return raw === 'true';
	throw inputError(context, `${label}: "${String(raw)}" is not true or false`, hint);
}

/** A switch the user may leave out (see requireBoolean): undefined when not set. */
export function optionalBoolean(context: IExecuteSingleFunctions, label: string, raw: unknown, hint?: string): boolean | undefined {
	return isUnset(raw) ? undefined : requireBoolean(context, label, raw, hint);
}

/** One of the values a dropdown offers (an expression may give anything). */
export function oneOf<T extends string>(
	context: IExecuteSingleFunctions,
	label: string,
	raw: unknown,
	allowed: ReadonlyArray<{ name: string; value: T }>,
): T {
	const found = allowed.find((option) => option.value === raw);
	if (!found) {
		throw inputError(
			context,
			`${label}: "${String(raw)}" is not one of the choices`,
			`${label} must be one of: ${allowed.map((option) => `${option.value} (${option.name})`).join(', ')}.`,
		);
	}
	return found.value;
}

/** A 24-hour time of day, H:MM or HH:MM, as Salla takes it: HH:MM. */
export function requireTime(context: IExecuteSingleFunctions, label: string, raw: unknown): string {
	const text = requireText(context, label, raw, 'Give a 24-hour time such as 08:00.');
	const match = /^([01]?[0-9]|2[0-3]):([0-5][0-9])$/.exec(text);
	if (!match) throw inputError(context, `${label}: "${text}" is not a time`, 'Give a 24-hour time as HH:MM, such as 08:00 or 23:30.');
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** A web address (http or https), trimmed; undefined when blank. */
export function optionalUrl(context: IExecuteSingleFunctions, label: string, raw: unknown): string | undefined {
	const text = optionalText(context, label, raw);
	if (text === undefined) return undefined;
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) {
		throw inputError(
			context,
			`${label}: "${text}" is not a web address`,
			`Give ${label} as a full address starting with https://, for example https://cdn.example.com/image.png.`,
		);
	}
	return text;
}

/** Limit as a whole number of at least 1; an expression may give text, 0 or a fraction. */
export function readLimit(context: IExecuteSingleFunctions): number {
	const raw = context.getNodeParameter('limit', 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw inputError(
			context,
			`Limit: "${String(raw)}" is not a number of results`,
			'Limit is how many records to return: a whole number of at least 1, such as 50. Turn on Return All to get every record.',
		);
	}
	return limit;
}
