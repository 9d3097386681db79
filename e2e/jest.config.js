/**
 * Real-n8n e2e suite: `npx jest -c e2e/jest.config.js`.
 * Lines to prepare: N8N_E2E_LINES (default "2,1"); a cold n8n install takes minutes and
 * happens once in globalSetup, outside any test's timeout. globalSetup also builds and packs the
 * package into a temp folder ($EXPLORE_TGZ; set it to reuse a tarball), globalTeardown deletes it.
 */
module.exports = {
	rootDir: '..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	globalSetup: '<rootDir>/e2e/jest.global-setup.ts',
	globalTeardown: '<rootDir>/e2e/jest.global-teardown.ts',
	reporters: ['default', '<rootDir>/test/summaryReporter.js'],
	// every test drives several n8n processes (~0.5 GB, 1 core each): one test file at a time
	maxWorkers: 1,
	testTimeout: 5 * 60 * 1000,
	passWithNoTests: true,
};
