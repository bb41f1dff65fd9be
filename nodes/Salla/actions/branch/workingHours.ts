import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, oneOf, requireTime, toList } from '../../../shared/validate';

/**
 * Working hours as Salla takes them for branches and branch delivery zones: one key a day
 * (`sunday`…`saturday`), each `{enabled: "on"|"off", from: ["08:00", …], to: ["17:00", …]}`, the
 * n-th `from` and `to` making one opening period; a day off is sent as `{enabled: "off"}`. The panel
 * asks for one row a period.
 */

export const DAYS = [
	{ name: 'Sunday', value: 'sunday' },
	{ name: 'Monday', value: 'monday' },
	{ name: 'Tuesday', value: 'tuesday' },
	{ name: 'Wednesday', value: 'wednesday' },
	{ name: 'Thursday', value: 'thursday' },
	{ name: 'Friday', value: 'friday' },
	{ name: 'Saturday', value: 'saturday' },
] as const;

export const workingHoursField: INodeProperties = {
	displayName: 'Working Hours',
	name: 'working_hours',
	type: 'fixedCollection',
	placeholder: 'Add Opening Period',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'When it is open: one row a period (a day may have two, such as 08:00–12:00 and 16:00–23:00). Days without a row are not sent.',
	options: [
		{
			displayName: 'Period',
			name: 'period',
			values: [
				{ displayName: 'Day', name: 'day', type: 'options', options: [...DAYS], default: 'sunday' },
				{
					displayName: 'Closed All Day',
					name: 'closed',
					type: 'boolean',
					default: false,
					description: 'Whether the day is a day off (its times are then ignored)',
				},
				{ displayName: 'Opens At', name: 'from', type: 'string', default: '09:00', placeholder: 'e.g. 08:00', description: 'Opening time, 24-hour HH:MM' },
				{ displayName: 'Closes At', name: 'to', type: 'string', default: '17:00', placeholder: 'e.g. 17:00', description: 'Closing time, 24-hour HH:MM' },
			],
		},
	],
};

/** Salla's `working_hours` from the Working Hours rows (`parameter` is the field's path); undefined when none. */
export function workingHours(context: IExecuteSingleFunctions, parameter = 'working_hours'): IDataObject | undefined {
	const rows = toList(context.getNodeParameter(`${parameter}.period`, [])) as IDataObject[];
	if (!rows.length) return undefined;
	const days: Record<string, { enabled: 'on' | 'off'; from?: string[]; to?: string[] }> = {};
	rows.forEach((row, index) => {
		const label = `Working Hours ${index + 1}`;
		const day = oneOf(context, `${label}: Day`, row.day ?? 'sunday', DAYS);
		const name = DAYS.find((option) => option.value === day)?.name;
		const closed = row.closed === true;
		const known = days[day];
		if (known && (closed || known.enabled === 'off')) {
			throw inputError(context, `${label}: ${name} is both closed and open`, `Give ${name} either opening periods or one Closed All Day row.`);
		}
		if (closed) {
			days[day] = { enabled: 'off' };
			return;
		}
		const from = requireTime(context, `${label}: Opens At`, row.from);
		const to = requireTime(context, `${label}: Closes At`, row.to);
		if (from >= to) {
			throw inputError(context, `${label}: Opens At (${from}) is not before Closes At (${to})`, 'Give a closing time later than the opening time; split a period that runs past midnight in two.');
		}
		days[day] = { enabled: 'on', from: [...(known?.from ?? []), from], to: [...(known?.to ?? []), to] };
	});
	return days;
}
