import type { INodeProperties } from 'n8n-workflow';

/** Update Fields: the changes an Update sends, only those the user added (see requireChanges). */
export function updateFields(options: INodeProperties['options']): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** Additional Fields: what an operation sends besides its required fields, when the user adds it. */
export function additionalFields(options: INodeProperties['options']): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}
