import { z } from 'astro/zod';
import { GENERATORS, GENERATOR_IDS } from '../lib/exercises/generators';
import { SCHEMES, SCHEME_IDS, type SchemeId } from '../lib/exercises/schemes';
import { MAX_SEED } from '../lib/exercises/seed';

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
			.array(
				z
					.object({ order: z.number().int().min(1), title: nonEmptyText, hours: hoursSchema })
					.strict(),
			)
			.min(1),
		assessment: z
			.object({
				regular: z.number().min(0).max(100),
				final: z.number().min(0).max(100),
				regularParts: z.array(weightItem).min(1),
				finalNote: nonEmptyText,
			})
			.strict()
			.refine((a) => a.regular + a.final === 100, {
				message: 'regular + final must be 100',
				path: ['final'],
			}),
		labAssessment: z.array(weightItem).min(1),
		textbook: z
			.object({ author: nonEmptyText, title: nonEmptyText, edition: nonEmptyText })
			.strict(),
		prerequisites: textList,
	})
	.strict();

/** Exercise ids are stable: progress and assignment links refer to them. */
const exerciseId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens, e.g. "ch2-ratio-1"');
const exerciseBase = { id: exerciseId, prompt: nonEmptyText, explanation: nonEmptyText };

export const exerciseSchema = z.discriminatedUnion('type', [
	z
		.object({
			...exerciseBase,
			type: z.literal('single'),
			options: z.array(nonEmptyText).min(2).max(6),
			answer: z.number().int().min(0),
		})
		.strict(),
	z
		.object({
			...exerciseBase,
			type: z.literal('multiple'),
			options: z.array(nonEmptyText).min(3).max(7),
			answers: z.array(z.number().int().min(0)).min(1),
		})
		.strict(),
	z.object({ ...exerciseBase, type: z.literal('truefalse'), answer: z.boolean() }).strict(),
	z
		.object({
			...exerciseBase,
			type: z.literal('classify'),
			scheme: z.enum(SCHEME_IDS as [SchemeId, ...SchemeId[]]),
			answer: nonEmptyText,
		})
		.strict(),
	/** Numbers drawn by a generator from a seed; the prompt's {placeholders} are the generator's values. */
	z
		.object({
			...exerciseBase,
			type: z.literal('generated'),
			generator: z.enum(GENERATOR_IDS as [string, ...string[]]),
			seed: z.number().int().min(1).max(MAX_SEED).default(1),
		})
		.strict(),
]);

/** One file per chapter: content/exercises/NN-<chapter slug>.yaml. */
export const exerciseSetSchema = z
	.object({ chapter: z.number().int().min(1), exercises: z.array(exerciseSchema).min(1) })
	.strict()
	.superRefine((set, ctx) => {
		set.exercises.forEach((e, i) => {
			const at = (path: (string | number)[], message: string) =>
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['exercises', i, ...path], message });
			if (e.type === 'single' && e.answer >= e.options.length)
				at(
					['answer'],
					`answer ${e.answer} is not one of the ${e.options.length} options (counted from 0)`,
				);
			if (e.type === 'multiple') {
				if (e.answers.some((a) => a >= e.options.length))
					at(['answers'], 'an answer is not one of the options (counted from 0)');
				if (new Set(e.answers).size !== e.answers.length)
					at(['answers'], 'an answer is listed twice');
			}
			if (e.type === 'classify' && !(SCHEMES[e.scheme] as readonly string[]).includes(e.answer))
				at(
					['answer'],
					`"${e.answer}" is not a ${e.scheme} category (${SCHEMES[e.scheme].join(', ')})`,
				);
			if (e.type === 'generated') {
				const known = new Set(GENERATORS[e.generator]!.placeholders);
				for (const [, name] of `${e.prompt} ${e.explanation}`.matchAll(/\{(\w+)\}/g)) {
					if (!known.has(name!))
						at(
							['prompt'],
							`{${name}} is not a value of generator ${e.generator} (${[...known].join(', ') || 'none'})`,
						);
				}
			}
		});
		const ids = set.exercises.map((e) => e.id);
		const twice = ids.find((id, i) => ids.indexOf(id) !== i);
		if (twice)
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['exercises'],
				message: `exercise id "${twice}" is used twice`,
			});
	});

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseSet = z.infer<typeof exerciseSetSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
export type Course = z.infer<typeof courseSchema>;
