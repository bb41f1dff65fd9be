import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../../../shared/http/door';

/** Salla's original statuses (the same in every store), in its order, named as its dashboard names them in English. */
const ORIGINAL_NAMES: Record<string, string> = {
	payment_pending: 'Payment Pending',
	under_review: 'Under Review',
	in_progress: 'In Progress',
	completed: 'Completed',
	delivering: 'Delivering',
	delivered: 'Delivered',
	shipped: 'Shipped',
	canceled: 'Canceled',
	restored: 'Restored',
	restoring: 'Restoring',
};

/** Their slugs. */
export const ORIGINAL_SLUGS = Object.keys(ORIGINAL_NAMES);

const originalStatusOptions = (): INodePropertyOptions[] =>
	Object.entries(ORIGINAL_NAMES).map(([slug, name]) => ({ name, value: `slug:${slug}`, description: `Salla status (${slug})` }));

/**
 * Update Status's dropdown: Salla's original statuses are the same in every store, so they are offered
 * before a credential is connected; once the store answers, its list (with its names and custom
 * sub-statuses) comes first and any original it left out follows. If the store cannot be asked, the
 * originals stay usable (a run still says what is wrong with the credential).
 */
export function withOriginalStatuses(storeStatuses: (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const originals = originalStatusOptions();
		if (!this.getNode().credentials?.[CREDENTIAL_TYPE]) return originals;
		let store: INodePropertyOptions[];
		try {
			store = await storeStatuses.call(this);
		} catch (error) {
			this.logger.debug(
				`Update Status offers Salla's original statuses only: the store's list could not be loaded (${(error as Error)?.message ?? 'unknown error'})`,
			);
			return originals;
		}
		const listed = new Set(store.map((option) => option.value));
		return [...store, ...originals.filter((option) => !listed.has(option.value))];
	};
}
