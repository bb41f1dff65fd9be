// n8n's current lint rules for community nodes (@n8n/eslint-plugin-community-nodes, recommended
// config) on the package's nodes, credentials and package.json. They need ESLint 9 and its flat
// config, so they run here, beside the project's ESLint 8 run of eslint-plugin-n8n-nodes-base
// (.eslintrc.js). Run from the repository root by tools/lint-community/lint.mjs.
import tsParser from '@typescript-eslint/parser';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

export default [
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'],
		languageOptions: {
			parser: tsParser,
			parserOptions: { sourceType: 'module', extraFileExtensions: ['.json'] },
		},
	},
	{ ...n8nCommunityNodesPlugin.configs.recommended, files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'] },
];
