import { describe, expect, test } from 'vitest';
import {
	chapterSchema,
	courseSchema,
	glossarySchema,
	labSchema,
	topicSchema,
} from '../../src/content/schemas';

const hours = { total: 2, lecture: 2, lab: 0, computer: 0, design: 0, other: 0 };
const chapter = {
	order: 1,
	title: '客户关系管理综述',
	shortTitle: 'CRM 综述',
	description: '认识客户、客户关系与客户关系管理。',
	hours,
	objectives: ['理解客户的含义。'],
	keyPoints: ['客户关系管理的定义'],
	difficulties: ['客户关系管理的核心思想'],
};

/** The issue paths zod reports, e.g. ['hours.total', 'title']. */
function issuePaths(
	schema: {
		safeParse: (v: unknown) => {
			success: boolean;
			error?: { issues: { path: (string | number)[] }[] };
		};
	},
	value: unknown,
) {
	const result = schema.safeParse(value);
	return result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('chapters', () => {
	test('a complete chapter passes and gets empty keywords and sources by default', () => {
		const parsed = chapterSchema.parse(chapter);
		expect(parsed.keywords).toEqual([]);
		expect(parsed.sources).toEqual([]);
	});

	test.each([
		['a missing title', { title: undefined }, ['title']],
		['a blank short title', { shortTitle: '  ' }, ['shortTitle']],
		['order 0', { order: 0 }, ['order']],
		['a fractional order', { order: 1.5 }, ['order']],
		['no objectives', { objectives: [] }, ['objectives']],
		['an empty key point', { keyPoints: [''] }, ['keyPoints.0']],
		['hours that do not add up', { hours: { ...hours, total: 3 } }, ['hours.total']],
		['negative hours', { hours: { ...hours, lab: -1, lecture: 3 } }, ['hours.lab']],
		[
			'a missing hours column',
			{ hours: { total: 2, lecture: 2 } },
			['hours.lab', 'hours.computer', 'hours.design', 'hours.other'],
		],
		['a misspelt field', { objective: ['x'] }, ['']],
		['a source that is not a seed number', { sources: ['seed-000'] }, ['sources.0']],
	])('rejects %s, naming the field', (_name, patch, paths) => {
		expect(issuePaths(chapterSchema, { ...chapter, ...patch })).toEqual(paths);
	});
});

describe('a chapter must have every required part', () => {
	// The parts the layout prints from the frontmatter (title, hours, 学习目标, 重点, 难点) and the
	// ones the cards and the syllabus need; titleEn, keywords and sources may be left out.
	const REQUIRED = [
		'order',
		'title',
		'shortTitle',
		'description',
		'hours',
		'objectives',
		'keyPoints',
		'difficulties',
	] as const;
	const without = (field: string) =>
		Object.fromEntries(Object.entries(chapter).filter(([k]) => k !== field));

	test.each(REQUIRED)(
		'a chapter without %s is rejected, and the error names the field',
		(field) => {
			const result = chapterSchema.safeParse(without(field));
			expect(result.success).toBe(false);
			expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
				[field, 'Required'],
			]);
		},
	);

	test.each(['objectives', 'keyPoints', 'difficulties'])(
		'%s must be a list of non-blank items',
		(field) => {
			expect(issuePaths(chapterSchema, { ...chapter, [field]: [] })).toEqual([field]);
			expect(issuePaths(chapterSchema, { ...chapter, [field]: ['  '] })).toEqual([`${field}.0`]);
			expect(issuePaths(chapterSchema, { ...chapter, [field]: '理解客户。' })).toEqual([field]);
		},
	);

	test('hours without its total is rejected at hours.total', () => {
		const { total: _total, ...rest } = hours;
		expect(issuePaths(chapterSchema, { ...chapter, hours: rest })).toContain('hours.total');
	});

	test('only titleEn, keywords and sources are optional', () => {
		const optional = Object.keys({ ...chapter, titleEn: 'x', keywords: [], sources: [] }).filter(
			(field) => chapterSchema.safeParse(without(field)).success,
		);
		expect(optional).toEqual(['titleEn', 'keywords', 'sources']);
	});
});

describe('topics and labs', () => {
	const topic = {
		order: 1,
		title: '关系营销',
		shortTitle: '关系营销',
		description: '关系营销专题。',
	};
	const lab = {
		order: 1,
		title: '实训一',
		description: '满意度调查。',
		goals: ['设计问卷'],
		deliverable: '调查报告',
	};

	test('valid entries pass', () => {
		expect(topicSchema.safeParse(topic).success).toBe(true);
		expect(labSchema.safeParse(lab).success).toBe(true);
		expect(labSchema.safeParse({ ...lab, hours: 2 }).success).toBe(true);
	});

	test('rejects a lab without goals or deliverable, and zero hours', () => {
		expect(issuePaths(labSchema, { ...lab, goals: [], deliverable: undefined, hours: 0 })).toEqual([
			'hours',
			'goals',
			'deliverable',
		]);
	});

	test('rejects a topic with hours (topics are not in the hour table)', () => {
		expect(issuePaths(topicSchema, { ...topic, hours })).toEqual(['']);
	});
});

describe('glossary', () => {
	const term = {
		term: '客户终身价值',
		en: 'Customer Lifetime Value',
		aliases: ['CLV', 'LTV'],
		definition: '一个客户在整个关系期间为企业带来的净收益的现值。',
		taught: { collection: 'chapters', id: '04-customer-value', heading: '客户终身价值' },
	};

	test('a valid term passes; aliases and heading are optional', () => {
		expect(glossarySchema.safeParse(term).success).toBe(true);
		expect(
			glossarySchema.safeParse({
				...term,
				aliases: undefined,
				taught: { collection: 'topics', id: 'x' },
			}).success,
		).toBe(true);
	});

	test.each([
		['no English term', { en: '' }, ['en']],
		['an unknown collection', { taught: { collection: 'blog', id: 'x' } }, ['taught.collection']],
		['a taught block without id', { taught: { collection: 'chapters' } }, ['taught.id']],
		['aliases as a string', { aliases: 'CLV' }, ['aliases']],
	])('rejects %s', (_name, patch, paths) => {
		expect(issuePaths(glossarySchema, { ...term, ...patch })).toEqual(paths);
	});
});

describe('course data', () => {
	const weight = (label: string, w: number) => ({ label, weight: w });
	const course = {
		title: '客户关系管理',
		titleEn: 'Customer Relationship Management',
		credits: 2,
		hours: 26,
		statedSplit: { lecture: 16, lab: 10 },
		nature: '核心课程',
		audience: ['市场营销'],
		summary: '简介',
		goals: ['目标'],
		syllabus: [{ order: 1, title: '客户关系管理综述', hours }],
		assessment: {
			regular: 30,
			final: 70,
			regularParts: [weight('出勤', 30)],
			finalNote: '笔试与上机',
		},
		labAssessment: [weight('综合项目', 40)],
		textbook: { author: '栾港', title: '客户关系管理理论与应用', edition: '第3版' },
		prerequisites: ['管理学'],
	};

	test('a valid course passes', () => {
		expect(courseSchema.safeParse(course).success).toBe(true);
	});

	test('rejects an assessment split that is not out of 100', () => {
		expect(
			issuePaths(courseSchema, { ...course, assessment: { ...course.assessment, final: 60 } }),
		).toEqual(['assessment.final']);
	});
});
