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

// What the pages check (a chapter's sections, what a chapter passes a calculator or a tool link)
// is gathered over the whole build and fails it at the end, naming every problem: one broken
// copy with three problems shows all three.
test('one build names every content problem: a missing 参考文献, a mistyped default, an unknown tool', () => {
	const { status, output } = astroWith('build', (dir) => {
		replaceIn(
			join(dir, 'content/chapters/03-customer-loyalty.mdx'),
			/^## 参考文献$/m,
			'## 延伸阅读',
		);
		replaceIn(
			join(dir, 'content/chapters/04-customer-value.mdx'),
			/(idPrefix="ch4-ex2b" defaults=\{\{[^}]*)\bcs:/,
			'$1Cs:',
		);
		replaceIn(
			join(dir, 'content/labs/04-data-mining.mdx'),
			/<ToolLink id="clv"/,
			'<ToolLink id="cvl"',
		);
	});
	expect(status).not.toBe(0);
	expect(output).toContain('content/chapters/03-customer-loyalty.mdx: no "## 参考文献" section');
	expect(output).toContain(
		'content/chapters/04-customer-value.mdx: <ClvCalculator idPrefix="ch4-ex2b">: defaults.Cs: not a parameter of <ClvCalculator>',
	);
	expect(output).toMatch(
		/content\/labs\/04-data-mining\.mdx: <ToolLink id="cvl">: no tool "cvl" \(the tools: /,
	);
	// Nothing is indexed for a failed build.
	expect(output).not.toContain('[crm-pagefind] indexed');
}, 150_000);
