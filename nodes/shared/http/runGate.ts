import type { IExecuteSingleFunctions, IHttpRequestOptions, INode, PreSendAction } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

// ---------------------------------------------------------------------------------------------
// Nothing half-done from one bad item. n8n-core's RoutingNode starts every item's request at once
// and throws the first failure only after all have settled: with On Error → Stop, an item that fails
// its checks fails the node while the valid items around it were already sent to Salla, and a
// re-run then creates them twice. The gate holds every item of a run at the door until every item of
// that run has passed its checks (its preSends); if one fails, none is sent.
// With On Error → Continue, valid items go and invalid ones become error items, so there is no gate.
//
// How a run is recognised: RoutingNode builds every item's context from the same `inputData` object
// (read here from the context, as n8n-core 1.122 and 2.41 both keep it), and runs each item's first
// preSend synchronously while it loops over the items. `enterRun`, the first preSend of every
// operation, counts the items that got that far; an item missing from the count when the first item
// reaches the door failed before its checks started (an expression error), which in Stop mode has
// already failed the node.
// ---------------------------------------------------------------------------------------------

interface Gate {
	expected: number;
	started: Set<number>;
	arrived: Set<number>;
	failed: boolean;
	/** Items held at the door, released in item order so that they queue for Salla in item order. */
	waiting: Array<{ itemIndex: number; release: (send: boolean) => void }>;
}

const gates = new WeakMap<object, Gate>();

/** A run's shared input object, when n8n-core exposes it (otherwise no gate: today's behaviour). */
function runOf(context: IExecuteSingleFunctions): { key: object; count: number } | undefined {
	const inputData = (context as unknown as { inputData?: { main?: unknown[][] } }).inputData;
	const items = inputData?.main?.[0];
	return inputData && Array.isArray(items) ? { key: inputData, count: items.length } : undefined;
}

function gateOf(context: IExecuteSingleFunctions, create: boolean): Gate | undefined {
	if (context.continueOnFail()) return undefined;
	const run = runOf(context);
	if (!run) return undefined;
	let gate = gates.get(run.key);
	if (!gate && create) {
		gate = { expected: run.count, started: new Set(), arrived: new Set(), failed: false, waiting: [] };
		gates.set(run.key, gate);
	}
	return gate;
}

function settle(gate: Gate, send: boolean): void {
	const waiting = gate.waiting.splice(0).sort((a, b) => a.itemIndex - b.itemIndex);
	for (const { release } of waiting) release(send);
}

/** The first preSend of every operation: this item has started its checks. */
export async function enterRun(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	gateOf(this, true)?.started.add(this.getItemIndex());
	return requestOptions;
}

/** This item failed its checks: no item of the run is sent. */
export function failRun(context: IExecuteSingleFunctions): void {
	const gate = gateOf(context, false);
	if (!gate || gate.failed) return;
	gate.failed = true;
	settle(gate, false);
}

/** n8n's own errors pass as they are (their message names the field); anything else is wrapped. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error instanceof Error ? error : new Error(String(error)));
}

const GUARDED = Symbol('guarded by the run gate');

/** A preSend whose failure stops the whole run (see above). */
export function guarded(preSend: PreSendAction): PreSendAction {
	if ((preSend as unknown as Record<symbol, boolean>)[GUARDED]) return preSend;
	const wrapped = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		try {
			return await preSend.call(this, requestOptions);
		} catch (error) {
			failRun(this);
			throw asNodeError(this.getNode(), error);
		}
	};
	Object.defineProperty(wrapped, GUARDED, { value: true });
	return wrapped;
}

export const isGuarded = (preSend: unknown): boolean =>
	typeof preSend === 'function' && (preSend as unknown as Record<symbol, boolean>)[GUARDED] === true;

/**
 * Called at the door before an item's first request: resolves true when the item may be sent, false
 * when another item of the run failed its checks (then nothing of this item is sent).
 */
export async function mayRunSend(context: IExecuteSingleFunctions): Promise<boolean> {
	const gate = gateOf(context, false);
	if (!gate) return true;
	if (gate.failed || gate.started.size < gate.expected) {
		gate.failed = true;
		return false;
	}
	const itemIndex = context.getItemIndex();
	gate.arrived.add(itemIndex);
	const decision = new Promise<boolean>((release) => gate.waiting.push({ itemIndex, release }));
	if (gate.arrived.size >= gate.started.size) settle(gate, true);
	return await decision;
}
