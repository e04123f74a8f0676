/**
 * Judging any exercise of the bank: choices by key, generated ones with the numeric checker.
 */
import { checkAnswer, type Verdict } from './check';
import type { Generated } from './types';

/** The parts of an exercise the judge needs (the content schema's types, without zod). */
export type Judged =
	| { type: 'single'; answer: number }
	| { type: 'multiple'; answers: number[] }
	| { type: 'truefalse'; answer: boolean }
	| { type: 'classify'; answer: string }
	| { type: 'generated' };

export type Judgement = Verdict | { status: 'partial' } | { status: 'empty' };

/**
 * @param given the student's answer: an option index ("2"), indices joined by commas ("0,2"),
 *   "true"/"false", a category key, or typed text for a generated exercise
 * @example judge({ type: 'multiple', answers: [0, 2] }, '0') // { status: 'partial' }
 */
export function judge(exercise: Judged, given: string, generated?: Generated): Judgement {
	if (given.trim() === '') return { status: 'empty' };
	switch (exercise.type) {
		case 'single':
			return { status: Number(given) === exercise.answer ? 'correct' : 'wrong' };
		case 'truefalse':
			return { status: given === String(exercise.answer) ? 'correct' : 'wrong' };
		case 'classify':
			return { status: given === exercise.answer ? 'correct' : 'wrong' };
		case 'multiple': {
			const picked = new Set(given.split(',').map(Number));
			const right = new Set(exercise.answers);
			const hits = [...picked].filter((p) => right.has(p)).length;
			if (hits === right.size && picked.size === right.size) return { status: 'correct' };
			return { status: hits > 0 ? 'partial' : 'wrong' };
		}
		case 'generated':
			if (!generated) throw new Error('a generated exercise is judged with its numbers');
			return checkAnswer(given, generated);
	}
}
