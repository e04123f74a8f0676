import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** Copies the project, lets `edit` break one content file, and runs `astro sync` (the build's first step). */
function syncWith(edit: (dir: string) => void): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'crm-content-'));
	dirs.push(dir);
	for (const entry of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	edit(dir);
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|NODE_ENV$|DEV$|PROD$|SSR$)/.test(k)),
	);
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'sync'], {
		cwd: dir,
		env,
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function replaceIn(file: string, from: RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}

test('a chapter without a title fails the build, naming the file and the field', () => {
	const { status, output } = syncWith((dir) =>
		replaceIn(join(dir, 'content/chapters/01-crm-overview.mdx'), /^title: .*$/m, ''),
	);
	expect(status).not.toBe(0);
	expect(output).toContain('content/chapters/01-crm-overview.mdx');
	expect(output).toMatch(/title\W+.*Required/);
}, 30_000);

test('a glossary entry pointing at an unknown collection fails the build, naming file and field', () => {
	const { status, output } = syncWith((dir) => {
		writeFileSync(
			join(dir, 'content/glossary/zz-broken.yaml'),
			'term: 测试\nen: Test\ndefinition: 用于测试。\ntaught: { collection: blog, id: x }\n',
		);
	});
	expect(status).not.toBe(0);
	expect(output).toContain('content/glossary/zz-broken.yaml');
	expect(output).toContain('taught.collection');
}, 30_000);
