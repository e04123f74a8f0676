/**
 * Builds (or syncs) a copy of the project with one thing broken, for the tests that check a bad
 * content file or a bad embed fails the build and says where.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect } from 'vitest';
import { buildEnv } from '../build-env';

const ROOT = resolve(import.meta.dirname, '../..');
let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/**
 * Copies the project, lets `edit` break one content file, and runs `astro <command>` in the copy.
 * The copy links each package of node_modules but gets a node_modules/.astro of its own: Astro keeps
 * its content data store there, and the copy must not write into the one the real build reads.
 */
export function astroWith(
	command: 'sync' | 'build',
	edit: (dir: string) => void,
): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'crm-content-'));
	dirs.push(dir);
	for (const entry of [
		'src',
		'content',
		'public',
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
	]) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
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
