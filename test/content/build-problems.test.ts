import { afterEach, expect, test, vi } from 'vitest';
import { reportBuildProblems, takeBuildProblems } from '../../src/content/build-problems';
import buildProblems from '../../src/integrations/build-problems';

afterEach(() => {
	vi.unstubAllEnvs();
	takeBuildProblems();
});

const done = () => {
	const hook = buildProblems().hooks['astro:build:done'] as (options: unknown) => void;
	const logger = { error: vi.fn() };
	return { run: () => hook({ logger }), logger };
};

test('in a build, problems are gathered (each once) and fail the build at the end, all named', () => {
	vi.stubEnv('DEV', false);
	reportBuildProblems(['a.mdx: one']);
	reportBuildProblems(['a.mdx: one', 'b.mdx: two']);
	const { run, logger } = done();
	expect(run).toThrow('Content check failed:\n  a.mdx: one\n  b.mdx: two');
	expect(logger.error).toHaveBeenCalledOnce();
	// The list is emptied: a second build in the same process starts clean.
	expect(done().run).not.toThrow();
});

test('with no problems the build goes on', () => {
	vi.stubEnv('DEV', false);
	reportBuildProblems([]);
	expect(done().run).not.toThrow();
});

test('under astro dev a problem throws at once (the error overlay shows it)', () => {
	vi.stubEnv('DEV', true);
	expect(() => reportBuildProblems(['a.mdx: one'])).toThrow('a.mdx: one');
	expect(takeBuildProblems()).toEqual([]);
});
