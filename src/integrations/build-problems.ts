import type { AstroIntegration } from 'astro';
import { takeBuildProblems } from '../content/build-problems';

/**
 * Fails the build, once every page has rendered, with every content problem the pages recorded
 * (see src/content/build-problems.ts). Listed first, so nothing is indexed for a failed build.
 */
export default function buildProblems(): AstroIntegration {
	return {
		name: 'crm-build-problems',
		hooks: {
			'astro:build:start': () => {
				takeBuildProblems();
			},
			'astro:build:done': ({ logger }) => {
				const problems = takeBuildProblems();
				if (problems.length === 0) return;
				logger.error(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
				throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
			},
		},
	};
}
