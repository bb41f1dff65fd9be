/**
 * The names a saved workflow stores, read from the nodes' descriptions: resource values, operation
 * values per resource, parameter names per operation (nested ones as `collection.option` or
 * `fixedCollection.group.field`), and the defaults a workflow that never changed them relies on.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

export interface Contract {
	/** Parameters shown whatever the resource (Resource, Options...). */
	node: string[];
	/** The resource a new node starts on. */
	defaultResource: string;
	resources: Record<string, { defaultOperation: string; operations: Record<string, string[]> }>;
	/** The Salla Trigger's parameter names. */
	trigger: string[];
}

type Group = { name: string; values: INodeProperties[] };

/** A property's name and the names nested in it. */
function names(property: INodeProperties, prefix = ''): string[] {
	const here = `${prefix}${property.name}`;
	const nested = ((property.options ?? []) as Array<INodeProperties | INodePropertyOptions | Group>).flatMap((option) => {
		if ('values' in option && Array.isArray(option.values)) return option.values.flatMap((value) => names(value, `${here}.${option.name}.`));
		if ('type' in option && 'displayName' in option) return names(option as INodeProperties, `${here}.`);
		return [];
	});
	return [here, ...nested];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
// A notice is text in the panel: nothing of it is saved.
const saved = (property: INodeProperties) => property.type !== 'notice';

export function contractOf(salla: INodeTypeDescription, trigger: INodeTypeDescription): Contract {
	const resourceProperty = salla.properties.find((property) => property.name === 'resource')!;
	const resources: Contract['resources'] = {};
	for (const option of (resourceProperty.options ?? []) as INodePropertyOptions[]) {
		const resource = String(option.value);
		const dropdown = salla.properties.find(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
		)!;
		const operations: Record<string, string[]> = {};
		for (const operation of (dropdown.options ?? []) as INodePropertyOptions[]) {
			const value = String(operation.value);
			const fields = salla.properties.filter(
				(property) =>
					saved(property) &&
					property.name !== 'operation' &&
					property.displayOptions?.show?.resource?.includes(resource) &&
					property.displayOptions?.show?.operation?.includes(value),
			);
			operations[value] = sorted(fields.flatMap((field) => names(field)));
		}
		resources[resource] = { defaultOperation: String(dropdown.default), operations };
	}
	return {
		node: sorted(salla.properties.filter((property) => saved(property) && !property.displayOptions).flatMap((property) => names(property))),
		defaultResource: String(resourceProperty.default),
		resources,
		trigger: sorted(trigger.properties.filter(saved).flatMap((property) => names(property))),
	};
}

/**
 * What a saved workflow would lose: every name of `saved` that `current` no longer has, and every
 * default that changed. Names only in `current` (new operations, new parameters) are fine.
 */
export function contractBreaks(saved: Contract, current: Contract): string[] {
	const breaks: string[] = [];
	const missing = (where: string, before: string[], now: string[]) => {
		for (const name of before) if (!now.includes(name)) breaks.push(`${where}: parameter ${name} was removed or renamed`);
	};
	missing('Salla node', saved.node, current.node);
	missing('Salla Trigger', saved.trigger, current.trigger);
	if (saved.defaultResource !== current.defaultResource) {
		breaks.push(`the default resource changed from ${saved.defaultResource} to ${current.defaultResource}`);
	}
	for (const [resource, before] of Object.entries(saved.resources)) {
		const now = current.resources[resource];
		if (!now) {
			breaks.push(`resource ${resource} was removed or renamed`);
			continue;
		}
		if (before.defaultOperation !== now.defaultOperation) {
			breaks.push(`${resource}: the default operation changed from ${before.defaultOperation} to ${now.defaultOperation}`);
		}
		for (const [operation, parameters] of Object.entries(before.operations)) {
			if (!now.operations[operation]) breaks.push(`${resource} → ${operation}: operation was removed or renamed`);
			else missing(`${resource} → ${operation}`, parameters, now.operations[operation]);
		}
	}
	return breaks;
}

/** The snapshot after a deliberate update: what the nodes have now. */
export function stableJson(contract: Contract): string {
	return `${JSON.stringify(contract, null, '\t')}\n`;
}
