/**
 * Builds (or syncs) a copy of the project with one thing broken, for the tests that check a bad
 * content file or a bad embed fails the build and says where.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { buildEnv } from '../build-env';
import { copyProject, ROOT } from '../project-copy';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/**
 * Copies the project (see copyProject), lets `edit` break one content file, and runs
 * `astro <command>` in the copy.
 */
export function astroWith(
	command: 'sync' | 'build',
	edit: (dir: string) => void,
): { status: number | null; output: string } {
	const dir = copyProject('crm-content-');
	dirs.push(dir);
	edit(dir);
	const env = buildEnv();
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), command], {
		cwd: dir,
		env,
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

export function replaceIn(file: string, from: RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}
