/**
 * The documentation generated from the node never drifts from it: a page per resource
 * (docs/resources/<resource>.md), the docs index's and README.md's resources tables. `npm run docs`
 * rewrites them (keeping each page's hand-written section); this test fails when one is out of date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { resources } from '../../nodes/Salla/actions';
import { defineOperation, defineResource } from '../../nodes/Salla/common/operation';
import { resourcesProperties } from '../../nodes/Salla/common/operation';
import { Salla } from '../../nodes/Salla/Salla.node';
import { SallaTrigger } from '../../nodes/SallaTrigger/SallaTrigger.node';
import { HAND_BEGIN, HAND_END, pagePath, resourcePage, resourcesTable, withTable } from '../helpers/docsPages';

const root = join(__dirname, '..', '..');
const update = process.env.UPDATE_DOCS === '1';
const description = new Salla().description;
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

/** Compares a generated document with the file, or writes it under `npm run docs`. */
function check(path: string, expected: string) {
	if (update) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), expected);
	}
	expect({ path, text: read(path) }).toEqual({ path, text: expected });
}

describe('a page per resource, generated from the node', () => {
	test.each(resources.map((resource) => [resource.name, resource] as const))('%s', (_name, resource) => {
		check(pagePath(resource), resourcePage(resource, description, read(pagePath(resource))));
	});

	test('no page of a resource the node no longer has', () => {
		const pages = readdirSync(join(root, 'docs', 'resources')).filter((file) => file.endsWith('.md'));
		expect(pages.sort()).toEqual(resources.map((resource) => `${resource.value}.md`).sort());
	});
});

test('README.md and docs/README.md list every resource with its operations, linking to its page', () => {
	for (const [path, prefix] of [
		['README.md', 'docs/resources/'],
		['docs/README.md', 'resources/'],
	] as const) {
		check(path, withTable(read(path) ?? '', resourcesTable(resources, prefix), path));
	}
});

describe('the generator', () => {
	const giftCard = defineResource({
		value: 'giftCard',
		name: 'Gift Card',
		defaultOperation: 'create',
		operations: [
			defineOperation({
				value: 'create',
				name: 'Create',
				description: 'Create a gift card',
				action: 'Create a gift card',
				method: 'POST',
				path: '/gift-cards',
				scope: 'marketing.read_write',
				fields: [
					{ displayName: 'Amount', name: 'amount', type: 'number', required: true, default: 100, description: 'What the card is worth' },
					{
						displayName: 'Additional Fields',
						name: 'additionalFields',
						type: 'collection',
						default: {},
						options: [{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'Shown to the <a href="https://salla.sa">customer</a>' }],
					},
				],
			}),
		],
	});
	const fresh = { ...description, properties: resourcesProperties([giftCard]) };

	test('gives a resource it never saw a page with its operations, fields and an empty hand-written section', () => {
		const page = resourcePage(giftCard, fresh);
		expect(page).toContain('# Gift Card');
		expect(page).toContain('| [Create](#create) | Create a gift card | `POST /gift-cards` | `marketing.read_write` |');
		expect(page).toContain('| **Amount** (`amount`) | Number | yes | `100` | What the card is worth. |');
		expect(page).toContain('| **Additional Fields → Note** (`note`) | Text |  |  | Shown to the [customer](https://salla.sa). |');
		expect(page).toContain(`${HAND_BEGIN}\n\n_Nothing hand-written yet`);
	});

	test('keeps the hand-written section of an existing page as it is', () => {
		const edited = resourcePage(giftCard, fresh).replace(/_Nothing hand-written yet[^\n]*/, '## Known limits\n\n- Salla caps a card at 5,000 SAR.');
		const regenerated = resourcePage(giftCard, fresh, edited);
		expect(regenerated).toBe(edited);
		expect(regenerated).toContain(`${HAND_BEGIN}\n\n## Known limits\n\n- Salla caps a card at 5,000 SAR.\n\n${HAND_END}`);
	});

	test('the README table links each resource to its page', () => {
		expect(resourcesTable([giftCard], 'docs/resources/')).toContain('| [Gift Card](docs/resources/giftCard.md) | Create |');
	});
});

describe('each node\'s Docs link opens its page in this repository', () => {
	const pageOf = (url: string | undefined) => /^https:\/\/github\.com\/n8n-nodes-salla\/n8n-nodes-salla-merchant\/blob\/main\/(.+)$/.exec(url ?? '')?.[1];

	test.each([
		['Salla', description.documentationUrl, 'docs/README.md'],
		['Salla Trigger', new SallaTrigger().description.documentationUrl, 'docs/trigger.md'],
	])('%s', (_node, url, page) => {
		expect(pageOf(url)).toBe(page);
		expect(existsSync(join(root, page))).toBe(true);
	});

	test('the codex files link to the same pages', () => {
		for (const [codex, page] of [
			['nodes/Salla/Salla.node.json', 'docs/README.md'],
			['nodes/SallaTrigger/SallaTrigger.node.json', 'docs/trigger.md'],
		]) {
			const { resources: links } = JSON.parse(read(codex)!) as { resources: { primaryDocumentation: Array<{ url: string }> } };
			expect(pageOf(links.primaryDocumentation[0].url)).toBe(page);
		}
	});
});

test('Options → Language of Salla\'s Messages is documented', () => {
	const option = description.properties.find((property) => property.name === 'options')!.options as Array<{ name: string; displayName: string }>;
	expect(option.map((entry) => entry.displayName)).toContain('Language of Salla\'s Messages');
	expect(read('docs/README.md')).toMatch(/### Language of Salla's Messages\n\n[^\n]*Accept-Language/);
});

test('every relative link of the documentation opens a file, and its #section exists', () => {
	const pages = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...['docs', 'docs/resources'].flatMap((folder) =>
		readdirSync(join(root, folder)).filter((file) => file.endsWith('.md')).map((file) => `${folder}/${file}`),
	)];
	// GitHub's anchors: the heading in lower case, without punctuation, spaces as dashes.
	const anchorsOf = (text: string) =>
		new Set(
			text
				.replace(/```[\s\S]*?```/g, '')
				.split('\n')
				.filter((line) => /^#+ /.test(line))
				.map((line) => line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-')),
		);
	const broken: string[] = [];
	for (const page of pages) {
		for (const [, link] of read(page)!.matchAll(/\]\(([^)\s]+)\)/g)) {
			if (/^(https?|mailto):/.test(link)) continue;
			const [path, anchor] = link.split('#');
			const target = path ? join(page, '..', path) : page;
			const text = read(target);
			if (text === undefined && !existsSync(join(root, target))) broken.push(`${page}: ${link}`);
			else if (anchor && target.endsWith('.md') && !anchorsOf(text ?? '').has(anchor)) broken.push(`${page}: ${link} (no such section)`);
		}
	}
	expect(broken).toEqual([]);
});
