import madge from 'madge';
import * as path from 'node:path';

// An import loop lets the order in which modules load decide what a module sees at start-up. The
// source imports one way: node → resources → operations → common → the request layer
// (nodes/shared/http), and tests import the source, never the other way round.
describe('imports', () => {
	it('have no loop anywhere in the source, the tests or the scripts', async () => {
		const root = path.join(__dirname, '../..');
		const folders = ['nodes', 'credentials', 'test', 'scripts', 'e2e', 'bench', 'tools/scanner'];
		const graph = await madge(folders.map((folder) => path.join(root, folder)), {
			baseDir: root,
			excludeRegExp: [/node_modules/],
			fileExtensions: ['ts', 'js', 'mjs'],
			tsConfig: path.join(root, 'tsconfig.json'),
			// Type-only imports count too: a loop through types is still a loop in the design.
			detectiveOptions: { ts: { skipTypeImports: false } },
		});
		expect(graph.circular()).toEqual([]);
		// The graph really holds the tree (a wrong path would find no file and no loop).
		expect(Object.keys(graph.obj())).toEqual(
			expect.arrayContaining(['nodes/Salla/Salla.node.ts', 'nodes/shared/http/door.ts', 'test/helpers/engine.ts']),
		);
	}, 120_000); // reading every file of the tree takes a while on a loaded machine
});
