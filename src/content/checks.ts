import { t } from '../i18n';
import type { Course } from './schemas';

interface ChapterLike {
	id: string;
	data: { order: number; title: string; hours: Course['syllabus'][number]['hours'] };
}

const HOUR_FIELDS = ['total', 'lecture', 'lab', 'computer', 'design', 'other'] as const;

/**
 * Cross-checks the chapters against the syllabus's hour table: each chapter's order must exist in
 * the table, orders must be unique, and title and hours must match the table's row.
 * @returns one message per problem, naming the chapter file and the field; empty when consistent
 */
export function checkChapters(chapters: ChapterLike[], syllabus: Course['syllabus']): string[] {
	const problems: string[] = [];
	const seen = new Map<number, string>();
	for (const { id, data } of chapters) {
		const where = `content/chapters/${id}.mdx`;
		const other = seen.get(data.order);
		if (other) problems.push(`${where}: order ${data.order} is also used by ${other}`);
		seen.set(data.order, where);
		const row = syllabus.find((r) => r.order === data.order);
		if (!row) {
			problems.push(
				`${where}: order ${data.order} has no row in content/data/course.yaml syllabus`,
			);
			continue;
		}
		if (row.title !== data.title) {
			problems.push(`${where}: title "${data.title}" differs from the syllabus row "${row.title}"`);
		}
		for (const field of HOUR_FIELDS) {
			if (row.hours[field] !== data.hours[field]) {
				problems.push(
					`${where}: hours.${field} is ${data.hours[field]}, the syllabus says ${row.hours[field]}`,
				);
			}
		}
	}
	return problems;
}

/** Headings a glossary entry may point at, per page: `collection/id` → heading ids. */
export type HeadingIndex = Map<string, Set<string>>;

interface GlossaryLike {
	id: string;
	data: { taught: { collection: string; id: string; heading?: string | undefined } };
}

/** Every glossary entry must point at a page that exists and, if it names one, a heading on it. */
export function checkGlossary(entries: GlossaryLike[], headings: HeadingIndex): string[] {
	const problems: string[] = [];
	for (const { id, data } of entries) {
		const page = `${data.taught.collection}/${data.taught.id}`;
		const where = `content/glossary/${id}.yaml: taught`;
		const ids = headings.get(page);
		if (!ids) problems.push(`${where}.id: no page ${page}`);
		else if (data.taught.heading && !ids.has(data.taught.heading)) {
			problems.push(`${where}.heading: no heading #${data.taught.heading} on ${page}`);
		}
	}
	return problems;
}

interface ChapterBodyLike {
	id: string;
	/** The MDX source after the frontmatter (the glob loader's `body`). */
	body?: string | undefined;
}

/** Fewest questions a chapter's 思考题 section may list. */
export const MIN_QUESTIONS = 5;

/** `## ` headings of an MDX body with the lines under each, up to the next `## ` (code fences skipped). */
function sections(body: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	let current: string[] | undefined;
	let fenced = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const h2 = fenced ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (h2) {
			// A numbered heading ("## 7.8 本章小结") names the same section as an unnumbered one.
			const title = h2[1]!.replace(/^[\d.]+\s+/, '');
			current = [];
			if (!out.has(title)) out.set(title, current);
		} else current?.push(line);
	}
	return out;
}

/**
 * Every chapter body ends with a summary, at least {@link MIN_QUESTIONS} questions and references,
 * each under its own `## ` heading (the names come from zh-CN.json: chapter.summary and so on).
 * Questions are the top-level items of a numbered list, the way chapters write them.
 * @returns one message per missing or short section, naming the chapter file; empty when complete
 */
export function checkChapterBodies(chapters: ChapterBodyLike[]): string[] {
	const problems: string[] = [];
	const summary = t('chapter.summary');
	const questions = t('chapter.questions');
	const references = t('chapter.references');
	for (const { id, body = '' } of chapters) {
		const where = `content/chapters/${id}.mdx`;
		const found = sections(body);
		for (const title of [summary, questions, references]) {
			const lines = found.get(title);
			if (!lines) problems.push(`${where}: no "## ${title}" section`);
			else if (!lines.some((l) => l.trim() !== ''))
				problems.push(`${where}: the "## ${title}" section is empty`);
		}
		const asked = (found.get(questions) ?? []).filter((l) => /^\d+[.)]\s+\S/.test(l)).length;
		if (found.has(questions) && asked < MIN_QUESTIONS) {
			problems.push(
				`${where}: "## ${questions}" lists ${asked} numbered questions, at least ${MIN_QUESTIONS} are needed`,
			);
		}
	}
	return problems;
}
