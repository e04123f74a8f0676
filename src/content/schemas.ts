import { z } from 'astro/zod';

/** Hours of one chapter, split as in the syllabus's hour table (total, lecture, lab, computer, design, other). */
export const hoursSchema = z
	.object({
		total: z.number().int().nonnegative(),
		lecture: z.number().int().nonnegative(),
		lab: z.number().int().nonnegative(),
		computer: z.number().int().nonnegative(),
		design: z.number().int().nonnegative(),
		other: z.number().int().nonnegative(),
	})
	.strict()
	.refine((h) => h.lecture + h.lab + h.computer + h.design + h.other === h.total, {
		message: 'hours.total must equal lecture + lab + computer + design + other',
		path: ['total'],
	});

const nonEmptyText = z.string().trim().min(1);
const textList = z.array(nonEmptyText).min(1);

/** Terms in English or aliases placed on the page so that search finds them (e.g. CRM, CLV). */
const keywords = z.array(nonEmptyText).default([]);

/** Seed documents a page draws on, by their three-digit prefix in shared/seeds. */
const sources = z.array(z.string().regex(/^\d{3}$/, 'a seed number such as "000"')).default([]);

export const chapterSchema = z
	.object({
		order: z.number().int().min(1),
		title: nonEmptyText,
		/** The English title, shown under the Chinese one (learners search by English terms too). */
		titleEn: nonEmptyText.optional(),
		shortTitle: nonEmptyText,
		description: nonEmptyText,
		hours: hoursSchema,
		objectives: textList,
		keyPoints: textList,
		difficulties: textList,
		keywords,
		sources,
	})
	.strict();

export const topicSchema = z
	.object({
		order: z.number().int().min(1),
		title: nonEmptyText,
		shortTitle: nonEmptyText,
		description: nonEmptyText,
		keywords,
		sources,
	})
	.strict();

export const labSchema = z
	.object({
		order: z.number().int().min(1),
		title: nonEmptyText,
		description: nonEmptyText,
		hours: z.number().int().positive().optional(),
		goals: textList,
		deliverable: nonEmptyText,
		keywords,
		sources,
	})
	.strict();

/** A calculator page's explanation; its id names the calculator (see src/pages/tools/[slug].astro). */
export const toolSchema = topicSchema.omit({ sources: true });

/** Where a term is taught: a page of the site and, optionally, the id of the heading on it. */
export const taughtInSchema = z
	.object({
		collection: z.enum(['chapters', 'topics', 'labs']),
		id: nonEmptyText,
		heading: nonEmptyText.optional(),
	})
	.strict();

export const glossarySchema = z
	.object({
		term: nonEmptyText,
		en: nonEmptyText,
		aliases: z.array(nonEmptyText).default([]),
		definition: nonEmptyText,
		taught: taughtInSchema,
	})
	.strict();

const weightItem = z.object({ label: nonEmptyText, weight: z.number().nonnegative() }).strict();

/** Course facts for the syllabus page: assessment, textbook, prerequisites. Weights are in percent. */
export const courseSchema = z
	.object({
		title: nonEmptyText,
		titleEn: nonEmptyText,
		credits: z.number().positive(),
		hours: z.number().int().positive(),
		statedSplit: z.object({ lecture: z.number().int(), lab: z.number().int() }).strict(),
		nature: nonEmptyText,
		audience: textList,
		summary: nonEmptyText,
		goals: textList,
		/** The syllabus's hour table, one row per chapter, in course order. */
		syllabus: z
			.array(z.object({ order: z.number().int().min(1), title: nonEmptyText, hours: hoursSchema }).strict())
			.min(1),
		assessment: z
			.object({
				regular: z.number().min(0).max(100),
				final: z.number().min(0).max(100),
				regularParts: z.array(weightItem).min(1),
				finalNote: nonEmptyText,
			})
			.strict()
			.refine((a) => a.regular + a.final === 100, { message: 'regular + final must be 100', path: ['final'] }),
		labAssessment: z.array(weightItem).min(1),
		textbook: z.object({ author: nonEmptyText, title: nonEmptyText, edition: nonEmptyText }).strict(),
		prerequisites: textList,
	})
	.strict();

export type Chapter = z.infer<typeof chapterSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
export type Course = z.infer<typeof courseSchema>;
