import { describe, expect, test } from 'vitest';
import { checkChapters, checkGlossary } from '../../src/content/checks';

const hours = { total: 4, lecture: 2, lab: 0, computer: 2, design: 0, other: 0 };
const syllabus = [
	{ order: 1, title: '客户关系管理综述', hours: { ...hours, total: 2, computer: 0 } },
	{ order: 2, title: '客户满意及其管理', hours },
];
const ch = (id: string, order: number, title: string, h = hours) => ({ id, data: { order, title, hours: h } });

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
	const term = (id: string, taught: { collection: string; id: string; heading?: string }) => ({ id, data: { taught } });

	test('passes a term that points at an existing heading, or at a page without heading', () => {
		expect(
			checkGlossary(
				[
					term('crm', { collection: 'chapters', id: '01-crm-overview', heading: '14-客户关系管理的定义' }),
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
