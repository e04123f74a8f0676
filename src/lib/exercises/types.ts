import type { CalculatorLink } from '../calculators/link';
import type { SolutionStep } from './math';
import type { SchemeId } from './schemes';

/** How an answer is typed and compared. */
export type AnswerKind = 'money' | 'number' | 'points' | 'integer' | 'choice';

/** Mistakes that get their own hint (src/i18n/zh-CN.json: ex.mistake.<code>). */
export type MistakeCode =
	| 'no-discount'
	| 'no-retention'
	| 'table-factor'
	| 'no-initial'
	| 'fraction'
	| 'inverted'
	| 'sign'
	| 'no-rescale'
	| 'reversed'
	| 'own-cumulative'
	| 'level-only';

export interface Answer {
	kind: AnswerKind;
	/** The exact answer (a number) or the right choice's key. */
	value: number | string;
	/** Decimals the question asks for; the tolerance is half a unit in the last of them. */
	decimals: number;
	/** For kind 'choice': the category list the keys come from (src/lib/exercises/schemes.ts). */
	scheme?: SchemeId;
}

/** A column header of a generated data table (i18n key ex.col.<key>). */
export type ColumnKey =
	| 'customer'
	| 'recency'
	| 'revenue'
	| 'period'
	| 'level'
	| 'attribute'
	| 'weight'
	| 'score'
	| 'dimension'
	| 'expected'
	| 'perceived';

export interface Generated {
	generator: string;
	seed: number;
	/** Values for the prompt's {placeholders}, formatted for display. */
	values: Record<string, string>;
	/** Data the question gives as a table (customers, periods, attributes). */
	table?: { columns: ColumnKey[]; rows: string[][] };
	answer: Answer;
	/** Values a common mistake leads to; an answer matching one gets that mistake's hint. */
	mistakes: { code: MistakeCode; value: number | string }[];
	steps: SolutionStep[];
	/** The calculator that solves it, with the exercise's numbers as query parameters. */
	calculator?: CalculatorLink;
}

export interface Generator {
	id: string;
	/** The placeholders its values fill, so content can be checked against them at build time. */
	placeholders: readonly string[];
	make: (seed: number) => Generated;
}
