/**
 * A throwaway copy of the project, to build beside the real one: its own src, content and public,
 * and a node_modules of links to each package but with no .astro or .vite of its own yet — Astro
 * keeps its content data store in node_modules/.astro and generated types in .astro/, and two
 * builds must never write the same files.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	return dir;
}
