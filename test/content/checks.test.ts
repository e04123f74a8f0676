import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkChapterBodies, checkChapters, checkGlossary } from '../../src/content/checks';

const hours = { total: 4, lecture: 2, lab: 0, computer: 2, design: 0, other: 0 };
const syllabus = [
	{ order: 1, title: '客户关系管理综述', hours: { ...hours, total: 2, computer: 0 } },
	{ order: 2, title: '客户满意及其管理', hours },
];
const ch = (id: string, order: number, title: string, h = hours) => ({
	id,
	data: { order, title, hours: h },
});

describe('checkChapters', () => {
	test('chapters that match the hour table pass', () => {
		expect(checkChapters([ch('02-satisfaction', 2, '客户满意及其管理')], syllabus)).toEqual([]);
	});

	test('names the file and the field for every disagreement', () => {
		expect(
			checkChapters(
				[
					ch('02-satisfaction', 2, '客户满意管理', { ...hours, lab: 2, computer: 0 }),
					ch('02-copy', 2, '客户满意及其管理'),
					ch('09-extra', 9, '多余的一章'),
				],
				syllabus,
			),
		).toEqual([
			'content/chapters/02-satisfaction.mdx: title "客户满意管理" differs from the syllabus row "客户满意及其管理"',
			'content/chapters/02-satisfaction.mdx: hours.lab is 2, the syllabus says 0',
			'content/chapters/02-satisfaction.mdx: hours.computer is 0, the syllabus says 2',
			'content/chapters/02-copy.mdx: order 2 is also used by content/chapters/02-satisfaction.mdx',
			'content/chapters/09-extra.mdx: order 9 has no row in content/data/course.yaml syllabus',
		]);
	});
});

describe('checkGlossary', () => {
	const headings = new Map([['chapters/01-crm-overview', new Set(['14-客户关系管理的定义'])]]);
	const term = (id: string, taught: { collection: string; id: string; heading?: string }) => ({
		id,
		data: { taught },
	});

	test('passes a term that points at an existing heading, or at a page without heading', () => {
		expect(
			checkGlossary(
				[
					term('crm', {
						collection: 'chapters',
						id: '01-crm-overview',
						heading: '14-客户关系管理的定义',
					}),
					term('customer', { collection: 'chapters', id: '01-crm-overview' }),
				],
				headings,
			),
		).toEqual([]);
	});

	test('names the entry and field when the page or the heading is missing', () => {
		expect(
			checkGlossary(
				[
					term('clv', { collection: 'chapters', id: '04-customer-value' }),
					term('crm', { collection: 'chapters', id: '01-crm-overview', heading: '定义' }),
				],
				headings,
			),
		).toEqual([
			'content/glossary/clv.yaml: taught.id: no page chapters/04-customer-value',
			'content/glossary/crm.yaml: taught.heading: no heading #定义 on chapters/01-crm-overview',
		]);
	});
});

describe('checkChapterBodies', () => {
	const questions = (n: number) =>
		Array.from({ length: n }, (_, i) => `${i + 1}. 第 ${i + 1} 个问题？`).join('\n');
	const parts = {
		summary: '## 本章小结\n\n- 客户是企业的资源。\n',
		questions: `## 思考题\n\n<Callout type="question">\n\n${questions(5)}\n\n</Callout>\n`,
		references: '## 参考文献\n\n- 栾港. 客户关系管理理论与应用（第3版）.\n',
	};
	const body = (p: Partial<typeof parts> = parts) =>
		['## 1.1 客户\n\n正文。\n', p.summary, p.questions, p.references].filter(Boolean).join('\n');
	const chapter = (text: string) => ({ id: '09-test', body: text });

	test('a body with a summary, five questions and references passes', () => {
		expect(checkChapterBodies([chapter(body())])).toEqual([]);
	});

	test.each([
		['summary', '本章小结'],
		['questions', '思考题'],
		['references', '参考文献'],
	] as const)(
		'a body without its %s section fails, naming the file and the section',
		(part, title) => {
			expect(checkChapterBodies([chapter(body({ ...parts, [part]: undefined }))])).toEqual([
				`content/chapters/09-test.mdx: no "## ${title}" section`,
			]);
		},
	);

	test('four questions are too few', () => {
		const four = { ...parts, questions: parts.questions.replace(questions(5), questions(4)) };
		expect(checkChapterBodies([chapter(body(four))])).toEqual([
			'content/chapters/09-test.mdx: "## 思考题" lists 4 numbered questions, at least 5 are needed',
		]);
	});

	test('a heading with nothing under it is empty; a numbered heading counts as the section', () => {
		const text = body({
			...parts,
			summary: '## 9.8 本章小结\n\n- 小结。\n',
			references: '## 参考文献\n\n',
		});
		expect(checkChapterBodies([chapter(text)])).toEqual([
			'content/chapters/09-test.mdx: the "## 参考文献" section is empty',
		]);
	});

	test('a heading inside a code block, a ### heading or sub-items do not count', () => {
		const text = [
			parts.summary,
			'## 思考题\n\n1. 一\n2. 二\n   3. 缩进的不算\n### 参考文献\n\n4. 四\n5. 五\n',
			'```md\n## 参考文献\n- 不算\n```\n',
		].join('\n');
		expect(checkChapterBodies([chapter(text)])).toEqual([
			'content/chapters/09-test.mdx: no "## 参考文献" section',
			'content/chapters/09-test.mdx: "## 思考题" lists 4 numbered questions, at least 5 are needed',
		]);
	});

	test('a chapter without a body fails on all three sections', () => {
		expect(checkChapterBodies([{ id: '09-test' }])).toHaveLength(3);
	});

	test('every chapter in content/chapters passes', () => {
		const dir = resolve(import.meta.dirname, '../../content/chapters');
		const frontmatter = /^---[\s\S]*?\n---\n/;
		const chapters = readdirSync(dir)
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => ({
				id: f.replace(/\.mdx$/, ''),
				body: readFileSync(resolve(dir, f), 'utf8').replace(frontmatter, ''),
			}));
		expect(chapters.length).toBeGreaterThanOrEqual(7);
		expect(checkChapterBodies(chapters)).toEqual([]);
	});
});
