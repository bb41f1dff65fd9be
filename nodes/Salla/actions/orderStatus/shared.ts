import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { optionalBoolean, optionalNumber, optionalText } from '../../../shared/validate';
import { recordLocator } from '../../common/fields';
import { listOptions, loadWith, optionsFrom, optionsPicker, searchList } from '../../common/search';
import { withOriginalStatuses } from './originals';

/** Dropdowns of the store's order statuses (`GET /orders/statuses`): Salla's originals and custom ones. */

const isEmpty = (value: unknown) =>
	value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0);

const statusKind = (status: IDataObject) =>
	`${status.type === 'original' ? 'Salla status' : 'Custom status'}${typeof status.slug === 'string' ? ` (${status.slug})` : ''}${
		!isEmpty(status.parent) ? ` under ${String((status.parent as IDataObject).name ?? (status.parent as IDataObject).id)}` : ''
	}`;

/** `slug:<slug>` for Salla's original statuses, `status_id:<id>` for custom ones (Update Status). */
const statusChoice = (status: IDataObject) =>
	status.type === 'original' && typeof status.slug === 'string' && status.slug
		? `slug:${status.slug}`
		: status.id !== undefined
			? `status_id:${String(status.id)}`
			: undefined;

export const orderStatusOptions = optionsFrom('getOrderStatuses', {
	path: '/orders/statuses',
	value: (status) => status.id as number,
	description: statusKind,
});

/** A dropdown of the store's order statuses; `purpose`, when given, leads the panel's hint. */
export function orderStatusField(name: string, purpose?: string): INodeProperties {
	const hint = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
	return {
		displayName: 'Status Name or ID',
		name,
		type: 'options',
		typeOptions: loadWith(orderStatusOptions),
		default: '',
		description: purpose ? `${purpose}. ${hint}.` : hint,
	};
}

/** Update Status: Salla's originals by slug, custom statuses by ID; the value says which. */
export const orderStatusTargetOptions = optionsPicker(
	'getOrderStatusTargets',
	// Salla's originals are offered before a credential is connected (see originals.ts).
	withOriginalStatuses(listOptions({ path: '/orders/statuses', value: statusChoice, description: statusKind })),
);

/** Main statuses (no parent), the parents a custom sub-status can have. */
export const mainOrderStatusOptions = optionsFrom('getMainOrderStatuses', {
	path: '/orders/statuses',
	value: (status) => (isEmpty(status.parent) ? (status.id as number) : undefined),
	description: statusKind,
});

/** Every status, for "From list": Salla's list takes no search term, so each page is filtered here. */
export const orderStatusSearch = searchList('searchOrderStatuses', {
	path: '/orders/statuses',
	name: (status) => `${String(status.name ?? status.id)} (${statusKind(status)})`,
});

export const orderStatus = recordLocator({
	name: 'status_id',
	displayName: 'Order Status',
	noun: 'order status',
	shortNoun: 'status',
	example: '1638621685',
	search: orderStatusSearch,
	description: 'The order status: pick it from the list, or give its ID',
});

/** Icon and Sort, which Create and Update both offer (Active is worded for each). */
export const iconField: INodeProperties = {
	displayName: 'Icon',
	name: 'icon',
	type: 'string',
	default: '',
	placeholder: 'e.g. sicon-cup-hot',
	description: 'The name of a Salla icon',
};

export const sortField: INodeProperties = {
	displayName: 'Sort',
	name: 'sort',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'The status\'s position among its siblings',
};

/** Icon, Sort and Active from `values` (a collection's), as Salla's `icon`, `sort` and `is_active`. */
export function statusSettings(context: IExecuteSingleFunctions, values: IDataObject): IDataObject {
	const body: IDataObject = {};
	const icon = optionalText(context, 'Icon', values.icon);
	if (icon) body.icon = icon;
	const sort = optionalNumber(context, 'Sort', values.sort, { min: 0, integer: true });
	if (sort !== undefined) body.sort = sort;
	const active = optionalBoolean(context, 'Active', values.is_active);
	if (active !== undefined) body.is_active = active;
	return body;
}
