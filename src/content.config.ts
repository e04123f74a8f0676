import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	chapterSchema,
	courseSchema,
	exerciseSetSchema,
	glossarySchema,
	labSchema,
	toolSchema,
	topicSchema,
} from './content/schemas';

const mdx = (dir: string) => glob({ base: `./content/${dir}`, pattern: '**/*.mdx' });

export const collections = {
	chapters: defineCollection({ loader: mdx('chapters'), schema: chapterSchema }),
	topics: defineCollection({ loader: mdx('topics'), schema: topicSchema }),
	labs: defineCollection({ loader: mdx('labs'), schema: labSchema }),
	tools: defineCollection({ loader: mdx('tools'), schema: toolSchema }),
	glossary: defineCollection({
		loader: glob({ base: './content/glossary', pattern: '**/*.yaml' }),
		schema: glossarySchema,
	}),
	exercises: defineCollection({
		loader: glob({ base: './content/exercises', pattern: '**/*.yaml' }),
		schema: exerciseSetSchema,
	}),
	course: defineCollection({
		loader: glob({ base: './content/data', pattern: '**/*.yaml' }),
		schema: courseSchema,
	}),
};
