/**
 * The documentation generated from the node (`npm run docs`): a page per resource under
 * docs/resources/, the docs index's resource list and README.md's resources table. Every page keeps a
 * hand-written section between HAND_BEGIN and HAND_END, which the generator carries over unchanged;
 * a resource without a page yet gets one with an empty hand-written section.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import type { SallaResource } from '../../nodes/Salla/common/operation';

export const HAND_BEGIN = '<!-- hand-written:begin (kept as it is by `npm run docs`: edit freely) -->';
export const HAND_END = '<!-- hand-written:end -->';
export const GENERATED_NOTE = '<!-- Generated from the node by `npm run docs`, except the hand-written section: edit that one only. -->';
export const TABLE_BEGIN = '<!-- resources:begin (generated from the node by `npm run docs`; do not edit by hand) -->';
export const TABLE_END = '<!-- resources:end -->';
const EMPTY_NOTES = '_Nothing hand-written yet: what a merchant should know (outputs, checks, Salla\'s quirks, known limits) goes here._';

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** n8n's descriptions hold a little HTML (links); Markdown says the same. */
export function markdownOf(html: string): string {
	return html
		.replace(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/g, '[$2]($1)')
		.replace(/<br\s*\/?>/g, ' ')
		.replace(/<\/?(b|strong)>/g, '**')
		.replace(/<\/?(i|em)>/g, '_')
		.replace(/<\/?code>/g, '`')
		.replace(/<[^>]+>/g, '');
}

/** The page of a resource, relative to the repository root. */
export const pagePath = (resource: SallaResource) => `docs/resources/${resource.value}.md`;

/** What the panel shows of a field's type, in a merchant's words. */
function typeOf(property: INodeProperties): string {
	const loaded = property.typeOptions?.loadOptionsMethod ? ', loaded from the store' : '';
	switch (property.type) {
		case 'string':
			return 'Text';
		case 'number':
			return 'Number';
		case 'boolean':
			return 'On/off';
		case 'options':
			return `Dropdown${loaded}`;
		case 'multiOptions':
			return `Several choices${loaded}`;
		case 'dateTime':
			return 'Date';
		case 'collection':
			return 'Optional fields';
		case 'fixedCollection':
			return property.typeOptions?.multipleValues ? 'Repeatable group' : 'Group';
		case 'resourceLocator':
			return (property.modes ?? []).map((mode) => mode.displayName).join(' or ') || 'Record';
		case 'json':
			return 'JSON';
		default:
			return property.type;
	}
}

function defaultOf(property: INodeProperties): string {
	const value = property.default;
	if (value === '' || value === undefined || value === null) return '';
	if (typeof value === 'object') {
		if (Object.keys(value).length === 0) return '';
		if ('__rl' in value) return '';
		return `\`${JSON.stringify(value)}\``;
	}
	if (property.type === 'boolean') return value ? 'on' : 'off';
	const option = ((property.options ?? []) as INodePropertyOptions[]).find((candidate) => candidate.value === value);
	return option ? option.name : `\`${String(value)}\``;
}

function choicesOf(property: INodeProperties): string {
	if (property.type !== 'options' && property.type !== 'multiOptions') return '';
	const options = (property.options ?? []) as INodePropertyOptions[];
	if (!options.length) return '';
	if (options.length > 15) return ` ${options.length} choices.`;
	return ` Choices: ${options.map((option) => `${option.name} (\`${String(option.value)}\`)`).join(', ')}.`;
}

/** "Shown when Discount Type is `percentage`", from display options other than resource and operation. */
function shownWhen(property: INodeProperties, siblings: INodeProperties[]): string {
	const describe = (when: Record<string, unknown[] | undefined> | undefined) =>
		Object.entries(when ?? {})
			.filter(([name]) => name !== 'resource' && name !== 'operation')
			.map(([name, values]) => {
				const label = siblings.find((sibling) => sibling.name === name)?.displayName ?? name;
				return `${label} is ${(values ?? []).map((value) => `\`${String(value)}\``).join(' or ')}`;
			});
	const shown = describe(property.displayOptions?.show as Record<string, unknown[]> | undefined);
	const hidden = describe(property.displayOptions?.hide as Record<string, unknown[]> | undefined);
	return `${shown.length ? ` _Shown when ${shown.join(' and ')}._` : ''}${hidden.length ? ` _Hidden when ${hidden.join(' or ')}._` : ''}`;
}

type Group = { name: string; displayName: string; values: INodeProperties[] };

/** A field's rows: itself, then what is nested in it (Additional Fields → …, Conditions → Condition → …). */
function rows(property: INodeProperties, siblings: INodeProperties[], label = property.displayName): string[] {
	if (property.type === 'notice') return [`| _Note_ | | | | ${cell(markdownOf(property.displayName))} |`];
	const text = markdownOf(property.description ?? '').trim();
	const sentence = text && !/[.!?:]$/.test(text) ? `${text}.` : text;
	const description = `${sentence}${choicesOf(property)}${shownWhen(property, siblings)}`.trim();
	const own = `| **${cell(label)}** (\`${property.name}\`) | ${typeOf(property)} | ${property.required ? 'yes' : ''} | ${cell(defaultOf(property))} | ${cell(description)} |`;
	const nested = ((property.options ?? []) as Array<INodeProperties | INodePropertyOptions | Group>).flatMap((option) => {
		if ('values' in option && Array.isArray(option.values)) {
			return option.values.flatMap((value) => rows(value, option.values, `${label} → ${option.displayName} → ${value.displayName}`));
		}
		if ('type' in option && 'displayName' in option) {
			const child = option as INodeProperties;
			return rows(child, (property.options ?? []) as INodeProperties[], `${label} → ${child.displayName}`);
		}
		return [];
	});
	return [own, ...nested];
}

/** The fields the panel shows for one operation, in panel order. */
export function fieldsOf(description: INodeTypeDescription, resource: string, operation: string): INodeProperties[] {
	return description.properties.filter(
		(property) =>
			property.name !== 'operation' &&
			property.displayOptions?.show?.resource?.includes(resource) &&
			property.displayOptions?.show?.operation?.includes(operation),
	);
}

const requestOf = (operation: SallaResource['operations'][number]) =>
	[operation.path, ...(operation.otherPaths ?? [])].map((path) => `\`${operation.method} ${path}\``).join(' or ');

/** The anchor GitHub gives a `## Heading`. */
const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

/** The hand-written section of an existing page, or the placeholder of a new one. */
export function handWritten(existing: string | undefined): string {
	if (!existing) return EMPTY_NOTES;
	const start = existing.indexOf(HAND_BEGIN);
	const end = existing.indexOf(HAND_END);
	if (start === -1 || end === -1 || end < start) return EMPTY_NOTES;
	return existing.slice(start + HAND_BEGIN.length, end).trim() || EMPTY_NOTES;
}

export function resourcePage(resource: SallaResource, description: INodeTypeDescription, existing?: string): string {
	const operations = byName(resource.operations);
	const scopes = [...new Set(operations.map((operation) => operation.scope))].sort();
	const summary = operations.map(
		(operation) => `| [${operation.name}](#${anchorOf(operation.name)}) | ${cell(operation.description)} | ${requestOf(operation)} | \`${operation.scope}\` |`,
	);
	const sections = operations.flatMap((operation) => {
		const fields = fieldsOf(description, resource.value, operation.value);
		const table = fields.length
			? ['| Field | Type | Required | Default | Description |', '|---|---|---|---|---|', ...fields.flatMap((field) => rows(field, fields))]
			: ['No fields.'];
		return [
			`### ${operation.name}`,
			'',
			`${operation.description}. ${requestOf(operation)}, scope \`${operation.scope}\`; in the nodes panel: _${operation.action}_.`,
			'',
			...table,
			'',
		];
	});
	return [
		GENERATED_NOTE,
		'',
		`# ${resource.name}`,
		'',
		`[All resources](../README.md) · Salla node → Resource **${resource.name}** (\`${resource.value}\`). Scopes: ${scopes.map((scope) => `\`${scope}\``).join(', ')}.`,
		'',
		'| Operation | What it does | Salla request | Scope |',
		'|---|---|---|---|',
		...summary,
		'',
		'Every field accepts an expression, evaluated per input item. Each item is checked before anything is sent, and a bad one fails with an error naming the field as the panel shows it (see [Errors and rate limits](../rate-limits-and-errors.md)).',
		'',
		HAND_BEGIN,
		'',
		handWritten(existing),
		'',
		HAND_END,
		'',
		'## Fields',
		'',
		...sections,
	].join('\n');
}

/** README.md's (and the docs index's) resources table: one row per resource, linking to its page. */
export function resourcesTable(resources: SallaResource[], linkPrefix: string): string {
	const rowsOf = byName(resources).map(
		(resource) =>
			`| [${resource.name}](${linkPrefix}${resource.value}.md) | ${byName(resource.operations)
				.map((operation) => operation.name)
				.join(', ')} |`,
	);
	return [TABLE_BEGIN, '', '| Resource | Operations |', '|---|---|', ...rowsOf, '', TABLE_END].join('\n');
}

/** A document with its generated resources table replaced. */
export function withTable(document: string, table: string, name: string): string {
	const start = document.indexOf(TABLE_BEGIN);
	const end = document.indexOf(TABLE_END);
	if (start === -1 || end === -1) throw new Error(`${name} has no resources table markers`);
	return document.slice(0, start) + table + document.slice(end + TABLE_END.length);
}
