/** The README's operation tables, generated from the resources the node is built from. */
import type { SallaResource } from '../../nodes/Salla/common/operation';

export const BEGIN = '<!-- operations:begin (generated from the node by `npm run docs`; do not edit by hand) -->';
export const END = '<!-- operations:end -->';

export function operationsTables(resources: SallaResource[]): string {
	const sections = [...resources]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((resource) => {
			const rows = [...resource.operations]
				.sort((a, b) => a.name.localeCompare(b.name))
				.map((operation) => {
					const paths = [operation.path, ...(operation.otherPaths ?? [])].map((path) => `\`${operation.method} ${path}\``).join(' or ');
					return `| **${operation.name}** | ${operation.description} | ${paths} | \`${operation.scope}\` |`;
				});
			return [`**${resource.name}**`, '', '| Operation | What it does | Salla request | Scope |', '|---|---|---|---|', ...rows].join('\n');
		});
	return [BEGIN, '', ...sections.flatMap((section) => [section, '']), END].join('\n');
}

/** The README with its generated block replaced. */
export function withTables(readme: string, tables: string): string {
	const start = readme.indexOf(BEGIN);
	const end = readme.indexOf(END);
	if (start === -1 || end === -1) throw new Error('README.md has no operations block');
	return readme.slice(0, start) + tables + readme.slice(end + END.length);
}
