/**
 * Every exercise generator by id. A generator turns a seed into the numbers of one exercise, its
 * answer (from src/lib/crm), the values common mistakes lead to, and the worked steps.
 */
import {
	satisfactionIndexExercise,
	satisfactionRatioExercise,
	servqualGapExercise,
	npsExercise,
} from './generators/satisfaction';
import {
	clvDiscountedExercise,
	clvInfiniteExercise,
	clvRetentionExercise,
	clvUndiscountedExercise,
	paybackYearExercise,
} from './generators/value';
import { abcClassExercise, lifecycleStageExercise, rfmScoreExercise } from './generators/segments';
import { tolerance } from './check';
import type { Generated, Generator } from './types';
import { own } from '../own';

export const GENERATORS: Readonly<Record<string, Generator>> = Object.fromEntries(
	[
		satisfactionRatioExercise,
		satisfactionIndexExercise,
		servqualGapExercise,
		npsExercise,
		clvUndiscountedExercise,
		clvDiscountedExercise,
		clvRetentionExercise,
		clvInfiniteExercise,
		paybackYearExercise,
		rfmScoreExercise,
		abcClassExercise,
		lifecycleStageExercise,
	].map((g) => [g.id, g]),
);

export const GENERATOR_IDS = Object.keys(GENERATORS);

/**
 * The exercise a generator makes from a seed (the same seed always gives the same exercise). A
 * mistake that happens to give the right answer for these numbers is dropped: it needs no hint.
 */
export function generate(id: string, seed: number): Generated {
	const generator = own(GENERATORS, id);
	if (!generator) throw new Error(`no exercise generator "${id}"`);
	const made = generator.make(seed);
	const { answer } = made;
	const distinct = (value: number | string) =>
		typeof value === 'number'
			? Math.abs(value - Number(answer.value)) > tolerance(answer)
			: value !== answer.value;
	return { ...made, mistakes: made.mistakes.filter((m) => distinct(m.value)) };
}
