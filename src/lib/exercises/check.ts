/**
 * Checking a typed answer against a generated exercise: right within the stated tolerance, a known
 * mistake (with its own hint), off only by rounding, or wrong. Never throws; unreadable input is
 * reported with the parser's issue codes.
 */
import { parseNumber, type FieldSpec, type IssueCode } from '../crm/parse';
import type { Answer, Generated, MistakeCode } from './types';
import type { Result } from '../result';

export type Verdict =
	| { status: 'correct' }
	| { status: 'mistake'; code: MistakeCode }
	| { status: 'rounding' }
	| { status: 'wrong' }
	| { status: 'invalid'; issues: IssueCode[] };

/**
 * Half a unit in the last decimal asked for: 2 decimals → ±0.005.
 * @example tolerance({ kind: 'money', value: 1, decimals: 2 }) // 0.005
 */
export function tolerance(answer: Pick<Answer, 'decimals'>): number {
	return 0.5 * 10 ** -answer.decimals + 1e-9;
}

/**
 * How far an answer may be off and still count as "only rounding": ten times the tolerance or
 * 0.1 % of the answer, whichever is larger; whole-number answers (years, scores) have no such band.
 */
export function roundingBand(answer: Answer): number {
	if (answer.decimals === 0) return tolerance(answer);
	return Math.max(10 * tolerance(answer), Math.abs(Number(answer.value)) * 0.001);
}

const SPEC: Record<Exclude<Answer['kind'], 'choice'>, FieldSpec> = {
	money: { kind: 'money', maxDecimals: 6 },
	number: { kind: 'number' },
	points: { kind: 'number' },
	integer: { kind: 'integer' },
};

/** Reads a typed number: full-width digits, separators, ¥ and 元 for money, a trailing % for scores. */
export function readAnswer(
	typed: string,
	kind: Exclude<Answer['kind'], 'choice'>,
): Result<number, IssueCode> {
	// An index or NPS typed as "35%" means 35: the % only says what the number is.
	const text = kind === 'points' || kind === 'number' ? typed.trim().replace(/[%％]$/, '') : typed;
	return parseNumber(text, SPEC[kind]);
}

/**
 * @example checkAnswer('8539.07', generated) // { status: 'correct' } when the answer is 8539.0730
 */
export function checkAnswer(
	typed: string,
	exercise: Pick<Generated, 'answer' | 'mistakes'>,
): Verdict {
	const { answer, mistakes } = exercise;
	if (answer.kind === 'choice') {
		if (typed === answer.value) return { status: 'correct' };
		const mistake = mistakes.find((m) => m.value === typed);
		return mistake ? { status: 'mistake', code: mistake.code } : { status: 'wrong' };
	}
	const read = readAnswer(typed, answer.kind);
	if (!read.ok) return { status: 'invalid', issues: read.issues };
	const x = read.value;
	const expected = Number(answer.value);
	const tol = tolerance(answer);
	if (Math.abs(x - expected) <= tol) return { status: 'correct' };
	const mistake = mistakes.find(
		(m) =>
			typeof m.value === 'number' &&
			Math.abs(x - m.value) <= Math.max(tol, Math.abs(m.value) * 1e-6),
	);
	if (mistake) return { status: 'mistake', code: mistake.code };
	if (Math.abs(x - expected) <= roundingBand(answer)) return { status: 'rounding' };
	return { status: 'wrong' };
}
