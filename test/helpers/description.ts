/**
 * Structural checks of the Salla node's description: what no happy-path request test can see.
 * Each returns the problems it found, so a test can also prove it catches a broken description.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import documented from '../../reference/documented-endpoints.json';
import type { SallaResource } from '../../nodes/Salla/common/operation';
import { isDoorSend, pathPlaceholders } from '../../nodes/Salla/common/operation';
import { sendToSalla } from '../../nodes/shared/http/door';
import { enterRun, isGuarded } from '../../nodes/shared/http/runGate';

const normalise = (path: string) => path.replace(/[?#].*$/, '').replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';
const documentedKeys = new Set(documented.map((endpoint) => `${endpoint.method} ${endpoint.path}`));

export function isDocumented(method: string, path: string): boolean {
	return documentedKeys.has(`${method.toUpperCase()} ${normalise(path)}`);
}

/** Every property, nested ones included (collection options, fixedCollection values). */
export function* walk(properties: INodeProperties[], path = ''): Generator<[string, INodeProperties]> {
	for (const property of properties) {
		const here = `${path}${property.name}`;
		yield [here, property];
		for (const option of (property.options ?? []) as Array<INodeProperties | INodePropertyOptions | { name: string; values: INodeProperties[] }>) {
			if ('values' in option && Array.isArray(option.values)) yield* walk(option.values, `${here}.${option.name}.`);
			else if ('type' in option && 'displayName' in option) yield* walk([option as INodeProperties], `${here}.`);
		}
	}
}

/** Every operation reaches Salla through the door: paginate on, and only the door's functions. */
export function doorProblems(description: INodeTypeDescription): string[] {
	const problems: string[] = [];
	if (description.requestOperations?.pagination !== sendToSalla) problems.push('the node\'s requestOperations.pagination is not sendToSalla');
	for (const property of description.properties.filter((candidate) => candidate.name === 'operation')) {
		const resource = property.displayOptions?.show?.resource?.[0];
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			const where = `${String(resource)} → ${option.value}`;
			const routing = option.routing;
			if (routing?.send?.paginate !== true) problems.push(`${where}: send.paginate is not true, so the door is bypassed`);
			const pagination = routing?.operations?.pagination;
			if (pagination !== undefined && !isDoorSend(pagination)) problems.push(`${where}: its own pagination bypasses the door`);
			if (routing?.request?.ignoreHttpStatusErrors) problems.push(`${where}: ignoreHttpStatusErrors switches off error mapping and token refresh`);
			if (!routing?.request?.method || !routing.request.url) problems.push(`${where}: no method or path`);
			const preSend = routing?.send?.preSend ?? [];
			if (preSend[0] !== enterRun) problems.push(`${where}: enterRun is not its first preSend, so the run gate cannot count it`);
			if (preSend.slice(1).some((action) => !isGuarded(action))) problems.push(`${where}: a preSend is not guarded, so its failure would not stop the run`);
		}
	}
	for (const [path, property] of walk(description.properties)) {
		if (property.name === 'operation') continue;
		const routing = property.routing;
		if (routing?.operations) problems.push(`field ${path}: routing.operations overrides the door`);
		if (routing?.send?.paginate !== undefined) problems.push(`field ${path}: routing.send.paginate may switch the door off`);
		if (routing?.request?.ignoreHttpStatusErrors) problems.push(`field ${path}: ignoreHttpStatusErrors`);
		if ((routing?.send?.preSend ?? []).some((action) => !isGuarded(action))) problems.push(`field ${path}: a preSend is not guarded, so its failure would not stop the run`);
	}
	return problems;
}

/** displayOptions name only resources and operations that exist. */
export function displayOptionProblems(description: INodeTypeDescription): string[] {
	const problems: string[] = [];
	const resourceProperty = description.properties.find((property) => property.name === 'resource');
	const resourceValues = new Set(((resourceProperty?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value)));
	const operationsOf = new Map<string, Set<string>>();
	for (const property of description.properties.filter((candidate) => candidate.name === 'operation')) {
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			operationsOf.set(resource, new Set(((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value))));
		}
	}
	for (const [path, property] of walk(description.properties)) {
		for (const kind of ['show', 'hide'] as const) {
			const rules = property.displayOptions?.[kind];
			if (!rules) continue;
			const resources = (rules.resource ?? []) as string[];
			for (const resource of resources) {
				if (!resourceValues.has(resource)) problems.push(`${path}: ${kind}.resource names "${resource}", which does not exist`);
			}
			for (const operation of (rules.operation ?? []) as string[]) {
				const candidates = resources.length ? resources : [...operationsOf.keys()];
				if (!candidates.some((resource) => operationsOf.get(resource)?.has(operation))) {
					problems.push(`${path}: ${kind}.operation names "${operation}", which ${resources.join('/') || 'no resource'} does not have`);
				}
			}
		}
	}
	return problems;
}

/** Each operation's method and paths are documented Salla endpoints; placeholders have fields. */
export function endpointProblems(resources: SallaResource[]): string[] {
	const problems: string[] = [];
	for (const resource of resources) {
		for (const operation of resource.operations) {
			for (const path of [operation.path, ...(operation.otherPaths ?? [])]) {
				if (!isDocumented(operation.method, path)) {
					problems.push(`${resource.value} → ${operation.value}: ${operation.method} ${path} is not in reference/documented-endpoints.json`);
				}
			}
			for (const name of pathPlaceholders(operation.path)) {
				if (!(operation.fields ?? []).some((field) => field.name === name)) {
					problems.push(`${resource.value} → ${operation.value}: no field fills {${name}}`);
				}
			}
		}
	}
	return problems;
}

/** Pickers name methods the node has. */
export function methodProblems(description: INodeTypeDescription, methods: { listSearch?: object; loadOptions?: object }): string[] {
	const problems: string[] = [];
	for (const [path, property] of walk(description.properties)) {
		const loadOptionsMethod = property.typeOptions?.loadOptionsMethod;
		if (loadOptionsMethod && !(loadOptionsMethod in (methods.loadOptions ?? {}))) problems.push(`${path}: no loadOptions method ${loadOptionsMethod}`);
		for (const mode of property.modes ?? []) {
			const search = mode.typeOptions?.searchListMethod;
			if (search && !(search in (methods.listSearch ?? {}))) problems.push(`${path}: no listSearch method ${search}`);
		}
	}
	return problems;
}
