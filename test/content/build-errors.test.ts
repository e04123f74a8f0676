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
import { afterEach, expect, test } from 'vitest';

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
function astroWith(
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
	const env = Object.fromEntries(
		Object.entries(process.env).filter(
			([k]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|NODE_ENV$|DEV$|PROD$|SSR$)/.test(k),
		),
	);
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), command], {
		cwd: dir,
		env,
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const syncWith = (edit: (dir: string) => void) => astroWith('sync', edit);

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

// The sections a chapter must end with are checked where the pages load the chapters, so only a
// build (not `astro sync`) runs the check.
test('a chapter without its 参考文献 section fails the build, naming the file and the section', () => {
	const { status, output } = astroWith('build', (dir) =>
		replaceIn(
			join(dir, 'content/chapters/03-customer-loyalty.mdx'),
			/^## 参考文献$/m,
			'## 延伸阅读',
		),
	);
	expect(status).not.toBe(0);
	expect(output).toContain('content/chapters/03-customer-loyalty.mdx: no "## 参考文献" section');
}, 90_000);
