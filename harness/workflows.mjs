// Workflow building blocks for the e2e suite and the benchmarks: triggers, items, the Salla node.
import { CREDENTIAL_TYPE } from './credentials.mjs';
import { PACKAGE } from './n8n-env.mjs';

export const NODE_TYPE = `${PACKAGE.name}.salla`;

let nodeSeq = 0;
export function manualTrigger(name = 'Start') {
	return {
		id: `node-${++nodeSeq}`,
		name,
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

/** Webhook: POST /webhook/<path> starts the workflow (answered at once); the way to run one in `n8n start`. */
export function webhookTrigger(path, name = 'Webhook') {
	return {
		id: `node-${++nodeSeq}`,
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: `${path}-hook-id`,
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
}

/** One item holding `{ list: [...] }`, split into one item per entry (Edit Fields + Split Out). */
export function itemsFrom(list, prefix = 'Items') {
	return [
		{
			id: `node-${++nodeSeq}`,
			name: `${prefix} JSON`,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ list }), options: {} },
		},
		{
			id: `node-${++nodeSeq}`,
			name: prefix,
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [400, 0],
			parameters: { fieldToSplitOut: 'list', options: {} },
		},
	];
}

/** Salla → Customer Group → Create. */
export function sallaCreateNode(name, credential, parameters) {
	return {
		id: `node-${++nodeSeq}`,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [600, 0],
		parameters: { resource: 'customerGroup', operation: 'create', ...parameters },
		credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	};
}

/**
 * A workflow whose nodes run one after the other, in the order given. Several chains may share
 * nodes: [[a, b], [a, c]] runs b and c after a (in the order of their positions, top to bottom).
 */
export function workflow(id, name, chains) {
	const connections = {};
	const nodes = [];
	for (const chain of chains) {
		chain.forEach((node, i) => {
			if (!nodes.includes(node)) nodes.push(node);
			if (i > 0) {
				const from = chain[i - 1].name;
				connections[from] ??= { main: [[]] };
				const next = connections[from].main[0];
				if (!next.some((link) => link.node === node.name)) next.push({ node: node.name, type: 'main', index: 0 });
			}
		});
	}
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}
