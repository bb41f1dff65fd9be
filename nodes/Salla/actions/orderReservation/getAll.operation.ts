import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { inputError, optionalDate } from '../../../shared/validate';
import { defineOperation } from '../../common/operation';
import { unwrapData } from '../../common/output';

/**
 * GET /reservations?start=&end=: the bookings of the store's reservation products between two days,
 * both required by Salla. Salla documents no paging for this list: one request, every reservation.
 */

async function sendRange(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const start = optionalDate(this, 'From', this.getNodeParameter('start', ''));
	const end = optionalDate(this, 'To', this.getNodeParameter('end', ''));
	if (!start) throw inputError(this, 'From is empty', 'Pick the first day of the range, for example 2026-01-01.');
	if (!end) throw inputError(this, 'To is empty', 'Pick the last day of the range, for example 2026-01-31.');
	if (start > end) throw inputError(this, `From (${start}) is after To (${end})`, 'Swap the two dates so that the range runs forward.');
	requestOptions.qs = { ...requestOptions.qs, start, end };
	return requestOptions;
}

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	description: 'Get the reservations (bookings) made between two days',
	action: 'Get many reservations',
	method: 'GET',
	path: '/reservations',
	scope: 'orders.read',
	preSend: [sendRange],
	postReceive: [unwrapData],
	fields: [
		{ displayName: 'From', name: 'start', type: 'dateTime', required: true, default: '', description: 'The first day of the range. Only the day is sent; the time is ignored.' },
		{ displayName: 'To', name: 'end', type: 'dateTime', required: true, default: '', description: 'The last day of the range. Only the day is sent; the time is ignored.' },
	],
});
