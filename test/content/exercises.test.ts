import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { exerciseSetSchema } from '../../src/content/schemas';
import { GENERATORS } from '../../src/lib/exercises/generators';

const dir = join(import.meta.dirname, '../../content/exercises');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.sort();
const chapters = readdirSync(join(import.meta.dirname, '../../content/chapters'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => Number(f.slice(0, 2)));
const sets = files.map((file) => ({
	file,
	parsed: exerciseSetSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8'))),
}));

describe('the exercise bank', () => {
	test.each(files)('%s follows the schema', (file) => {
		const set = sets.find((s) => s.file === file)!;
		expect(
			set.parsed.success
				? []
				: set.parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
		).toEqual([]);
	});

	test('every chapter has at least 8 exercises, 60 in all, ids unique across the bank, mixed types', () => {
		const valid = sets.flatMap((s) => (s.parsed.success ? [s.parsed.data] : []));
		for (const chapter of chapters) {
			const set = valid.find((s) => s.chapter === chapter);
			expect(set?.exercises.length ?? 0, `chapter ${chapter}`).toBeGreaterThanOrEqual(8);
			expect(
				new Set(set!.exercises.map((e) => e.type)).size,
				`chapter ${chapter} types`,
			).toBeGreaterThanOrEqual(3);
		}
		const all = valid.flatMap((s) => s.exercises);
		expect(all.length).toBeGreaterThanOrEqual(60);
		expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
	});

	test('every generated exercise fills each placeholder of its prompt', () => {
		for (const e of sets.flatMap((s) => (s.parsed.success ? s.parsed.data.exercises : []))) {
			if (e.type !== 'generated') continue;
			const values = GENERATORS[e.generator]!.make(e.seed).values;
			for (const [, name] of e.prompt.matchAll(/\{(\w+)\}/g))
				expect(values[name!], `${e.id} {${name}}`).toBeDefined();
		}
	});
});
