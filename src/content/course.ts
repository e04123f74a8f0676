import { getCollection, render, type CollectionEntry } from 'astro:content';
import { reportBuildProblems } from './build-problems';
import { checkChapterBodies, checkChapters, checkGlossary, type HeadingIndex } from './checks';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type LabEntry = CollectionEntry<'labs'>;
export type PageCollection = 'chapters' | 'topics' | 'labs';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

const fail = (problems: string[]): void => reportBuildProblems(problems);

export async function getCourse() {
	const [course, ...extra] = await getCollection('course');
	if (!course || extra.length > 0)
		throw new Error('content/data must hold exactly one course file');
	return course.data;
}

/** Chapters in course order, checked against the syllabus hour table and for their closing sections. */
export async function getChapters(): Promise<ChapterEntry[]> {
	const chapters = (await getCollection('chapters')).sort(byOrder);
	fail([...checkChapters(chapters, (await getCourse()).syllabus), ...checkChapterBodies(chapters)]);
	return chapters;
}

export async function getTopics(): Promise<TopicEntry[]> {
	return (await getCollection('topics')).sort(byOrder);
}

export type ToolEntry = CollectionEntry<'tools'>;

export async function getTools(): Promise<ToolEntry[]> {
	return (await getCollection('tools')).sort(byOrder);
}

export async function getLabs(): Promise<LabEntry[]> {
	return (await getCollection('labs')).sort(byOrder);
}

/** Glossary entries sorted by pinyin, after checking that each points at a real page and heading. */
export async function getGlossary() {
	const entries = await getCollection('glossary');
	const index: HeadingIndex = new Map();
	const pages = [
		...(await getCollection('chapters')),
		...(await getCollection('topics')),
		...(await getCollection('labs')),
	];
	for (const page of pages) {
		const { headings } = await render(page);
		index.set(`${page.collection}/${page.id}`, new Set(headings.map((h) => h.slug)));
	}
	fail(checkGlossary(entries, index));
	const collator = new Intl.Collator('zh-CN-u-co-pinyin');
	return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Glossary entries taught on one page, sorted by pinyin (for the page's 本页术语 list). */
export async function getTermsTaughtOn(collection: PageCollection, id: string) {
	const collator = new Intl.Collator('zh-CN-u-co-pinyin');
	return (await getCollection('glossary'))
		.filter((e) => e.data.taught.collection === collection && e.data.taught.id === id)
		.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

export const pagePath = (collection: PageCollection, id: string, heading?: string) =>
	`${collection}/${id}/${heading ? `#${heading}` : ''}`;

/** Every exercise set, by chapter order; ids are checked unique across the whole bank. */
export async function getExerciseSets() {
	const sets = (await getCollection('exercises'))
		.map((e) => e.data)
		.sort((a, b) => a.chapter - b.chapter);
	const ids = sets.flatMap((s) => s.exercises.map((e) => e.id));
	const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
	const orders = new Set((await getCollection('chapters')).map((c) => c.data.order));
	fail([
		...twice.map((id) => `content/exercises: exercise id "${id}" is used more than once`),
		...sets
			.filter((s) => !orders.has(s.chapter))
			.map((s) => `content/exercises: chapter ${s.chapter} does not exist`),
	]);
	return sets;
}

/** One chapter's exercises (none when the chapter has no set). */
export async function getExercises(chapter: number) {
	return (await getExerciseSets()).find((s) => s.chapter === chapter)?.exercises ?? [];
}
