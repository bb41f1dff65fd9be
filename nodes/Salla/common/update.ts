import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { inputError } from '../../shared/validate';

/**
 * The rule every Update shares: it sends only what the user set, so an update where nothing is set
 * would send Salla an empty change. It fails before anything is sent instead, saying where changes
 * are set (`where`, as the panel shows it) and why the rest is not sent (`why`, none when empty).
 */
export function requireChanges(
	context: IExecuteSingleFunctions,
	changes: IDataObject | boolean,
	where = 'Add at least one field under Update Fields',
	why = 'only the fields you set are sent to Salla',
): void {
	const empty = typeof changes === 'boolean' ? !changes : !Object.keys(changes).length;
	if (empty) throw inputError(context, 'Nothing to update', why ? `${where}: ${why}.` : `${where}.`);
}
