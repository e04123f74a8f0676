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
			problems.push(`${where}: order ${data.order} has no row in content/data/course.yaml syllabus`);
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
