/**
 * Ready for n8n's verification: what n8n checks before a person reviews a community package, and the
 * workflows that test and publish it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
	engines: Record<string, string>;
	scripts: Record<string, string>;
	n8n: { nodes: string[] };
};

test('engines.n8n names the oldest supported n8n without a patch-level ceiling', () => {
	expect(pkg.engines.n8n).toBe('>=2.30.0');
	// The tested versions stay in the docs.
	expect(read('docs/n8n-versions.md')).toMatch(/2\.30\.8[\s\S]*2\.41\.1/);
});

test('npm test runs both lints: n8n-nodes-base and n8n\'s current community-node rules', () => {
	expect(pkg.scripts.test).toContain('npm run lint');
	expect(pkg.scripts.lint).toBe('eslint nodes credentials package.json && npm run lint:community');
	expect(pkg.scripts['lint:community']).toBe('node tools/lint-community/lint.mjs');
	const tool = JSON.parse(read('tools/lint-community/package.json')) as { dependencies: Record<string, string> };
	expect(tool.dependencies).toMatchObject({ '@n8n/eslint-plugin-community-nodes': expect.any(String), eslint: expect.stringMatching(/^9\./) });
	expect(read('tools/lint-community/eslint.config.mjs')).toContain('n8nCommunityNodesPlugin.configs.recommended');
	expect(read('tools/lint-community/lint.mjs')).toContain("'--max-warnings', '0'");
});

test('CI runs the README\'s test command', () => {
	const testLine = read('README.md').split('\n').find((line) => /^npm ci && npm test\b/.test(line));
	expect(testLine).toBeDefined();
	const ciRun = read('.ci/run');
	expect(ciRun).toMatch(/^npm ci$/m);
	expect(ciRun).toMatch(/^npm test$/m);
	const workflow = read('.github/workflows/ci.yml');
	expect(workflow).toMatch(/pull_request/);
	expect(workflow).toMatch(/run: \.ci\/run/);
});

test('a pushed version tag publishes to npm with provenance, after the same checks', () => {
	const workflow = read('.github/workflows/release.yml');
	expect(workflow).toMatch(/tags: \['v\*'\]/);
	expect(workflow).toMatch(/id-token: write/);
	expect(workflow).toMatch(/run: \.ci\/run[\s\S]*npm publish --provenance --access public/);
	expect(workflow).toContain('NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}');
	expect(read('CONTRIBUTING.md')).toMatch(/## Releasing[\s\S]*git tag v<version>/);
});

describe('codex files', () => {
	// The categories n8n's nodes panel knows (n8n-nodes-base's codex files).
	const N8N_CATEGORIES = [
		'AI',
		'Analytics',
		'Communication',
		'Core Nodes',
		'Data & Storage',
		'Development',
		'Finance & Accounting',
		'HITL',
		'Marketing',
		'Miscellaneous',
		'Productivity',
		'Sales',
		'Utility',
	];

	test.each(pkg.n8n.nodes.map((path) => path.replace(/^dist\//, '').replace(/\.js$/, '.json')))('%s', (codexPath) => {
		const codex = JSON.parse(read(codexPath)) as { node: string; categories: string[]; resources: { primaryDocumentation: Array<{ url: string }> } };
		expect(codex.node).toMatch(/^n8n-nodes-salla-merchant\.salla(Trigger)?$/);
		expect(codex.categories.length).toBeGreaterThan(0);
		for (const category of codex.categories) expect(N8N_CATEGORIES).toContain(category);
		expect(codex.resources.primaryDocumentation[0].url).toMatch(/^https:\/\/github\.com\/n8n-nodes-salla\/n8n-nodes-salla-merchant\/blob\/main\/docs\//);
	});
});

test('README stays a user\'s page: short, no benchmark tables, no harness internals', () => {
	const readme = read('README.md');
	expect(readme.split('\n').length).toBeLessThanOrEqual(300);
	expect(readme).not.toMatch(/\| Salla \/ HTTP Request|load average|stand-in|n8n execute|NODE_EXTRA_CA_CERTS/);
	expect(read('CONTRIBUTING.md').split('\n').length).toBeLessThanOrEqual(150);
});
