/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// Tests of pacing run hundreds of requests through n8n's engine: a loaded 2-core machine can take
	// longer than jest's 5 s default, without anything being wrong.
	testTimeout: 30_000,
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/setup/env.js'],
	setupFilesAfterEnv: ['<rootDir>/test/setup/nock.js'],
	reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
	},
};
