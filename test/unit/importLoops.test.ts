import madge from 'madge';
import * as path from 'node:path';

// An import loop lets the order in which modules load decide what a module sees at start-up. The
// source imports one way: node → resources → operations → common → the request layer
// (nodes/shared/http), and tests import the source, never the other way round.
describe('imports', () => {
	it('have no loop in nodes/, credentials/ or test/', async () => {
		const root = path.join(__dirname, '../..');
		const graph = await madge(['nodes', 'credentials', 'test'].map((folder) => path.join(root, folder)), {
			baseDir: root,
			fileExtensions: ['ts'],
			tsConfig: path.join(root, 'tsconfig.json'),
			// Type-only imports count too: a loop through types is still a loop in the design.
			detectiveOptions: { ts: { skipTypeImports: false } },
		});
		expect(graph.circular()).toEqual([]);
		// The graph really holds the tree (a wrong path would find no file and no loop).
		expect(Object.keys(graph.obj())).toEqual(
			expect.arrayContaining(['nodes/Salla/Salla.node.ts', 'nodes/shared/http/door.ts', 'test/helpers/engine.ts']),
		);
	});
});
