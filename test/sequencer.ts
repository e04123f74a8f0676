/**
 * The order test files start in. Vitest's own order runs project by project (e2e, islands, unit,
 * by name), so the unit files that build a broken copy of the site (30–40 s) started last and ran
 * on alone at the end. Here every file, whatever its project, starts longest first: by its last
 * recorded duration, or, on a fresh clone with no record, browser tests and builds first.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that drive Chromium or build the site: seconds each, not milliseconds. */
const SLOW = /^test\/(e2e\/|content\/build-errors)/;

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const root = this.ctx.config.root;
		const weight = (spec: TestSpecification) => {
			const path = relative(root, spec.moduleId).split('\\').join('/');
			const recorded = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
			if (recorded && !recorded.failed) return recorded.duration;
			// Failed last time, or never run here: ahead of every recorded file, so its news comes
			// early; on a fresh clone the slow kinds lead.
			return SLOW.test(path) ? Number.MAX_SAFE_INTEGER : 1e9;
		};
		return [...files].sort((a, b) => weight(b) - weight(a));
	}
}
