import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import rehypeTaughtTerms, {
	TAUGHT_WEIGHT,
	taughtHeadings,
} from '../../src/content/rehype-taught-terms';

function contentDir(entries: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'taught-'));
	mkdirSync(join(dir, 'glossary'));
	for (const [name, yaml] of Object.entries(entries))
		writeFileSync(join(dir, 'glossary', name), yaml);
	return dir;
}

const h = (tag: string, id: string, text: string): Element => ({
	type: 'element',
	tagName: tag,
	properties: { id },
	children: [{ type: 'text', value: text }],
});

const dir = contentDir({
	'key-account.yaml': `term: 大客户\nen: Key Account\naliases: [KA, 重点客户]\ndefinition: x\ntaught: { collection: chapters, id: 06-data, heading: '大客户的含义' }\n`,
	'pyramid.yaml': `term: 客户金字塔\nen: Customer Pyramid\ndefinition: x\ntaught: { collection: chapters, id: 06-data, heading: '大客户的含义' }\n`,
	'page-only.yaml': `term: 客户\nen: Customer\ndefinition: x\ntaught: { collection: chapters, id: 01-intro }\n`,
	'no-taught.yaml': `term: 无\nen: None\ndefinition: x\n`,
});

describe('rehypeTaughtTerms', () => {
	test('collects, per page and heading, every name of the terms taught there', () => {
		const pages = taughtHeadings(join(dir, 'glossary'));
		expect(pages.get('chapters/06-data')?.get('大客户的含义')).toEqual([
			'大客户',
			'Key Account',
			'KA',
			'重点客户',
			'客户金字塔',
			'Customer Pyramid',
		]);
		expect(pages.has('chapters/01-intro')).toBe(false);
	});

	test('weights the teaching heading of the page being rendered and gives it the names to index', () => {
		const teaching = h('h3', '大客户的含义', '大客户的含义');
		const other = h('h3', '客户金字塔', '客户金字塔');
		const tree: Root = { type: 'root', children: [other, teaching] };
		rehypeTaughtTerms({ contentDir: dir })(tree, {
			history: [join(dir, 'chapters', '06-data.mdx')],
		});
		expect(teaching.properties.dataPagefindWeight).toBe(String(TAUGHT_WEIGHT));
		expect(teaching.properties.dataPagefindIndexAttrs).toBe('data-terms');
		expect(String(teaching.properties.dataTerms).split(' · ')).toEqual(
			expect.arrayContaining(['大客户', 'Key Account', 'KA', '客户金字塔']),
		);
		expect(other.properties).toEqual({ id: '客户金字塔' });
	});

	test('leaves another page, or a file outside the content folder, as it is', () => {
		const heading = h('h3', '大客户的含义', '大客户的含义');
		const tree: Root = { type: 'root', children: [heading] };
		rehypeTaughtTerms({ contentDir: dir })(tree, {
			history: [join(dir, 'chapters', '05-other.mdx')],
		});
		rehypeTaughtTerms({ contentDir: dir })(tree, { history: [] });
		expect(heading.properties).toEqual({ id: '大客户的含义' });
	});
});
