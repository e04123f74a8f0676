/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { LongestFirst } from './test/sequencer';

// Unit tests run through Astro's Vite config (so `astro:content` and JSON imports resolve as in the
// site); the e2e project builds the site, serves it on 127.0.0.1 and drives Debian's Chromium.
export default getViteConfig({
	// The e2e set-up builds the site; the test server must not react to the files a build writes.
	server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/.astro/**', '**/content/**'] } },
	test: {
		// Most test time is spent waiting on Chromium and on builds (other processes), so run more
		// files at once than there are cores (Vitest's default is one fewer than the cores).
		maxWorkers: 3,
		// Longest files first across all projects, so no long file starts last (test/sequencer.ts).
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/e2e/**', '**/*.mock.test.ts', 'node_modules/**'],
					// Pure modules: files share a worker's module cache instead of re-importing the
					// site's Vite and Astro set-up each (a third less CPU). Files that mock a module
					// are named *.mock.test.ts and run isolated, below, so no mock leaks.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'mocks',
					include: ['test/**/*.mock.test.ts'],
					exclude: ['test/e2e/**', 'node_modules/**'],
				},
			},
			{
				extends: true,
				test: {
					name: 'islands',
					include: ['test/islands/**/*.test.tsx'],
					environment: 'happy-dom',
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					// Files share their worker's modules, and so its Chromium (see test/e2e/browser.ts):
					// one launch per worker, not one per file. Each file opens its own contexts.
					isolate: false,
					globalSetup: ['test/e2e/global-setup.ts'],
					// Each file drives its own Chromium; files run side by side with the unit tests.
					// With several browsers at once a page can take seconds to hydrate: retrying
					// assertions wait up to 10 s (Vitest's default is 1 s), and fail only after that.
					expect: { poll: { timeout: 10_000 } },
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'bench',
					include: ['test/bench/**/*.bench.ts', 'test/e2e/budget.test.ts'],
					globalSetup: ['test/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
