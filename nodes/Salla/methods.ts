import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { sallaListAll } from './transport';

/** Dropdowns filled from the merchant's store. They go through the same transport as operations. */
export const loadOptions = {
	/** Available Payment Methods (`GET /payment/methods`): the values are the slugs Salla expects. */
	async getPaymentMethods(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const methods = await sallaListAll.call(this, '/payment/methods');
		return methods
			.filter((method) => typeof method.slug === 'string' && method.slug !== '')
			.map((method) => ({
				name: typeof method.name === 'string' && method.name ? method.name : String(method.slug),
				value: String(method.slug),
				description: `Slug: ${String(method.slug)}`,
			}));
	},
};
