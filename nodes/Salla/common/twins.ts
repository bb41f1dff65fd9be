import type { INodeProperties } from 'n8n-workflow';

/**
 * Twin fields: the same field (identical definition, same check functions) used by several
 * operations, possibly of several resources, becomes one top-level property shown for all of them.
 *
 * Why: n8n-core's RoutingNode (the engine of declarative nodes) reads, for every item, the value of
 * every top-level property whose name the node's parameters hold, shown or not, and evaluates it when
 * it is an expression; n8n 2.x does it twice (runNode, then resolveBaseUrl). Ten properties named
 * `limit` or `name` cost ten evaluations of `{{ $json.name }}` per item where one would do, and every
 * property costs a display check per item. The panel does not change: a twin is merged only when
 * every operation still shows exactly its own fields, in its own order (checked here, and by
 * test/unit/description.test.ts).
 */

/** One field as an operation declares it. */
export interface PlacedField {
	field: INodeProperties;
	resource: string;
	operation: string;
}

/** A block of the node's properties: an Operation dropdown (kept as it is), or an operation's field. */
export type Block = { property: INodeProperties } | PlacedField;

/** The field with resource and operation display options added (and its preSends guarded). */
export type Place = (field: INodeProperties, resources: string[], operations: string[]) => INodeProperties;

/** Identical definitions give the same key; functions count as identical only when they are the same. */
function twinKey(field: INodeProperties, functionIds: Map<unknown, number>): string {
	return JSON.stringify(field, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!functionIds.has(value)) functionIds.set(value, functionIds.size);
		return `function#${functionIds.get(value)}`;
	});
}

/**
 * The fewest resource × operation rectangles that cover exactly the pairs that use a field, among
 * two ways: resources with the same operations together, or operations with the same resources.
 * A rectangle may name a pair that does not exist (a resource without that operation), never an
 * existing pair that does not use the field.
 */
function rectangles(pairs: Array<[string, string]>): Array<[string[], string[]]> {
	const group = (by: 0 | 1): Array<[string[], string[]]> => {
		const of = new Map<string, string[]>();
		for (const pair of pairs) of.set(pair[by], [...(of.get(pair[by]) ?? []), pair[1 - by]]);
		const together = new Map<string, string[]>();
		for (const [owner, others] of of) {
			const key = JSON.stringify(others);
			together.set(key, [...(together.get(key) ?? []), owner]);
		}
		return [...together].map(([key, owners]) => {
			const others = JSON.parse(key) as string[];
			return by === 0 ? [owners, others] : [others, owners];
		});
	};
	const byResource = group(0);
	const byOperation = group(1);
	return byOperation.length < byResource.length ? byOperation : byResource;
}

/** Whether a property emitted for these rectangles is shown for resource + operation. */
function covers(cover: Array<[string[], string[]]>, resource: string, operation: string): boolean {
	return cover.some(([resources, operations]) => resources.includes(resource) && operations.includes(operation));
}

/**
 * The node's properties from its blocks, in order, with twins merged where the panel stays the same.
 * `operationsOf` gives each resource's operation values (to check what a rectangle would also show).
 */
export function mergeTwins(blocks: Block[], placeField: Place, operationsOf: Map<string, string[]>): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const keys = blocks.map((block) => ('field' in block ? twinKey(block.field, functionIds) : undefined));
	// every candidate group: the blocks of one key, used by two operations or more
	const groups = new Map<string, number[]>();
	keys.forEach((key, at) => key !== undefined && groups.set(key, [...(groups.get(key) ?? []), at]));

	/** Per block: dropped (merged into an earlier one), or emitted for these rectangles. */
	const cover = new Map<number, Array<[string[], string[]]>>();
	const dropped = new Set<number>();
	blocks.forEach((block, at) => 'field' in block && cover.set(at, [[[block.resource], [block.operation]]]));

	const shownOrder = (resource: string, operation: string): string[] =>
		blocks.flatMap((block, at) =>
			'field' in block && !dropped.has(at) && covers(cover.get(at)!, resource, operation) ? [keys[at]!] : [],
		);
	const declaredOrder = (resource: string, operation: string): string[] =>
		blocks.flatMap((block, at) => ('field' in block && block.resource === resource && block.operation === operation ? [keys[at]!] : []));

	const place = (at: number) => blocks[at] as PlacedField;
	const pairOf = (at: number): [string, string] => [place(at).resource, place(at).operation];
	const alone = (members: number[]) => {
		for (const at of members) {
			dropped.delete(at);
			cover.set(at, [[[place(at).resource], [place(at).operation]]]);
		}
	};
	/**
	 * Merges `together` (emitted at its first or last user) and says whether every operation of the
	 * group still shows its own fields in order; on false the next try (or `alone`) undoes it.
	 */
	const tryMerge = (group: number[], together: number[], anchor: 'first' | 'last'): boolean => {
		alone(group);
		const pairs = together.map(pairOf);
		const merged = rectangles(pairs);
		// a rectangle must not reach an existing operation that does not use it (nor one that keeps its own)
		const reachesOthers = merged.some(([resources, operations]) =>
			resources.some((resource) =>
				operations.some((operation) => (operationsOf.get(resource) ?? []).includes(operation) && !pairs.some(([r, o]) => r === resource && o === operation)),
			),
		);
		if (reachesOthers) return false;
		const users = anchor === 'first' ? together : [...together].reverse();
		const emitAt = merged.map((rectangle) => users.find((at) => covers([rectangle], ...pairOf(at)))!);
		for (const at of together) {
			const own = merged.filter((_, i) => emitAt[i] === at);
			if (own.length) cover.set(at, own);
			else dropped.add(at);
		}
		return group.every((at) => {
			const shown = shownOrder(...pairOf(at));
			const declared = declaredOrder(...pairOf(at));
			return shown.length === declared.length && shown.every((key, i) => key === declared[i]);
		});
	};

	// greedily, in panel order: each user joins the merged property when the panel stays the same
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		let together = [group[0]];
		let anchor: 'first' | 'last' = 'first';
		for (const at of group.slice(1)) {
			const candidate = [...together, at];
			const fits = (['first', 'last'] as const).find((tried) => tryMerge(group, candidate, tried));
			if (fits) [together, anchor] = [candidate, fits];
		}
		alone(group);
		if (together.length > 1 && !tryMerge(group, together, anchor)) alone(group);
	}

	return blocks.flatMap((block, at) => {
		if (!('field' in block)) return [block.property];
		if (dropped.has(at)) return [];
		return cover.get(at)!.map(([resources, operations]) => placeField(block.field, resources, operations));
	});
}
