import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroWith, replaceIn } from './astro-copy';

const syncWith = (edit: (dir: string) => void) => astroWith('sync', edit);

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
