/**
 * Customer satisfaction measures, as taught in chapter 2 of the course: the ratio C = P / E and its
 * verdict, the gap, weighted multi-attribute indices on any k-point scale, the ACSI-style index,
 * SERVQUAL gaps, the mean of a response distribution, and NPS. Pure arithmetic; results unrounded.
 */
import { fail, ok, type Result } from '../result';

export type SatisfactionIssue =
	| 'zero-expectation'
	| 'negative-score'
	| 'no-rows'
	| 'negative-weight'
	| 'weights-zero'
	| 'bad-scale'
	| 'score-out-of-scale'
	| 'negative-count'
	| 'fractional-count'
	| 'no-responses'
	| 'wrong-count-length';

export type Outcome<T> = Result<T, SatisfactionIssue>;

/** Comparisons on a boundary tolerate binary noise: 0.95 computed as 1 − 0.05 counts as 0.95. */
const EPSILON = 1e-12;

export type Verdict = 'dissatisfied' | 'neutral' | 'satisfied';

export interface RatioResult {
	/** C = P / E. */
	ratio: number;
	/** P − E. */
	gap: number;
	/** (P − E) / E. */
	relativeGap: number;
	verdict: Verdict;
}

/**
 * Satisfaction as perception over expectation, C = P / E (the course's C = b / a).
 * Verdict: C < 1 − band 不满意; 1 − band ≤ C ≤ 1 + band 基本满意 (both boundaries count as 基本满意);
 * C > 1 + band 满意.
 * @param perceived P, ≥ 0, on any scale
 * @param expected E, > 0, on the same scale
 * @param band half-width of the 基本满意 band as a fraction (default 0.05 = ±5 %)
 * @example satisfactionRatio(9, 8).value.ratio // 1.125
 */
export function satisfactionRatio(
	perceived: number,
	expected: number,
	band = 0.05,
): Outcome<RatioResult> {
	if (perceived < 0 || expected < 0) return fail('negative-score');
	if (expected === 0) return fail('zero-expectation');
	const ratio = perceived / expected;
	return ok({
		ratio,
		gap: perceived - expected,
		relativeGap: (perceived - expected) / expected,
		verdict: verdictOf(ratio, band),
	});
}

/** The verdict band for a ratio; see satisfactionRatio. */
export function verdictOf(ratio: number, band = 0.05): Verdict {
	if (ratio < 1 - band - EPSILON) return 'dissatisfied';
	if (ratio > 1 + band + EPSILON) return 'satisfied';
	return 'neutral';
}

function checkWeights(weights: readonly number[]): SatisfactionIssue[] {
	if (weights.length === 0) return ['no-rows'];
	if (weights.some((w) => w < 0)) return ['negative-weight'];
	if (weights.reduce((s, w) => s + w, 0) <= 0) return ['weights-zero'];
	return [];
}

/** Σ wᵢ xᵢ / Σ wᵢ on weights already checked. */
function weightedMean(values: readonly number[], weights: readonly number[]): number {
	let num = 0;
	let den = 0;
	values.forEach((v, i) => {
		num += weights[i]! * v;
		den += weights[i]!;
	});
	return num / den;
}

export interface AttributeRow {
	expected: number;
	perceived: number;
	weight: number;
}

export interface AttributeTable {
	rows: (RatioResult & { weight: number })[];
	/** Σ wᵢ Cᵢ / Σ wᵢ: the weighted satisfaction ratio. */
	ratio: number;
	/** Σ wᵢ (Pᵢ − Eᵢ) / Σ wᵢ. */
	gap: number;
	verdict: Verdict;
}

/**
 * Expectation and perception for several attributes: each attribute's C and gap, and the weighted
 * overall ratio and gap.
 * @example attributeTable([{ expected: 8, perceived: 9, weight: 1 }, { expected: 8, perceived: 6, weight: 1 }]).value.ratio // 0.9375
 */
export function attributeTable(
	rows: readonly AttributeRow[],
	band = 0.05,
): Outcome<AttributeTable> {
	const weightIssues = checkWeights(rows.map((r) => r.weight));
	if (weightIssues.length > 0) return fail(...weightIssues);
	const each: AttributeTable['rows'] = [];
	for (const row of rows) {
		const r = satisfactionRatio(row.perceived, row.expected, band);
		if (!r.ok) return r;
		each.push({ ...r.value, weight: row.weight });
	}
	const weights = rows.map((r) => r.weight);
	const ratio = weightedMean(
		each.map((r) => r.ratio),
		weights,
	);
	return ok({
		rows: each,
		ratio,
		gap: weightedMean(
			each.map((r) => r.gap),
			weights,
		),
		verdict: verdictOf(ratio, band),
	});
}

export interface Scale {
	min: number;
	max: number;
}

function checkScale(scale: Scale, scores: readonly number[]): SatisfactionIssue[] {
	if (!(scale.max > scale.min)) return ['bad-scale'];
	if (scores.some((s) => s < scale.min - EPSILON || s > scale.max + EPSILON))
		return ['score-out-of-scale'];
	return [];
}

/** (x − min) / (max − min) × 100: a score on a k-point scale as 0–100. */
export function rescale(score: number, scale: Scale): number {
	return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * Weighted multi-attribute satisfaction index: CSI = Σ wᵢ sᵢ / Σ wᵢ on the scale, then rescaled to
 * 0–100 by (x − min) / (max − min) × 100.
 * @param scores sᵢ, each within the scale
 * @param weights wᵢ ≥ 0, not all 0 (they need not sum to 1)
 * @example weightedIndex([4, 3, 5], [0.5, 0.3, 0.2], { min: 1, max: 5 }).value // { mean: 3.9, index: 72.5 }
 */
export function weightedIndex(
	scores: readonly number[],
	weights: readonly number[],
	scale: Scale,
): Outcome<{ mean: number; index: number }> {
	if (scores.length !== weights.length || scores.length === 0) return fail('no-rows');
	const issues = [...checkWeights(weights), ...checkScale(scale, scores)];
	if (issues.length > 0) return fail(...issues);
	const mean = weightedMean(scores, weights);
	return ok({ mean, index: clamp100(rescale(mean, scale)) });
}

/**
 * ACSI-style index from item means on a 1–10 scale: Σ wᵢ (X̄ᵢ − 1) / 9 × 100, weights normalised
 * to sum to 1.
 * @example acsiIndex([8, 7, 9], [0.4, 0.3, 0.3]).value // 77.777…
 */
export function acsiIndex(means: readonly number[], weights: readonly number[]): Outcome<number> {
	const result = weightedIndex(means, weights, { min: 1, max: 10 });
	return result.ok ? ok(result.value.index) : result;
}

/**
 * The two sums an ACSI-style index is made of, as its worked steps show them: Σ wᵢ (X̄ᵢ − 1) and
 * Σ wᵢ, so that ACSI = weighted / (9 × totalWeight) × 100 (acsiIndex checks the inputs).
 * @example acsiSums([8, 7, 9], [0.4, 0.3, 0.3]) // { weighted: 7, totalWeight: 1 } (to rounding)
 */
export function acsiSums(
	means: readonly number[],
	weights: readonly number[],
): { weighted: number; totalWeight: number } {
	let weighted = 0;
	let totalWeight = 0;
	means.forEach((m, i) => {
		weighted += weights[i]! * (m - 1);
		totalWeight += weights[i]!;
	});
	return { weighted, totalWeight };
}

export const SERVQUAL_DIMENSIONS = [
	'tangibles',
	'reliability',
	'responsiveness',
	'assurance',
	'empathy',
] as const;

export interface ServqualItem {
	/** A dimension code; the five standard ones are SERVQUAL_DIMENSIONS, others are allowed. */
	dimension: string;
	expected: number;
	perceived: number;
}

export interface ServqualResult {
	dimensions: {
		dimension: string;
		items: number;
		expected: number;
		perceived: number;
		gap: number;
		weight: number;
	}[];
	/** Unweighted mean of the dimension gaps. */
	gap: number;
	/** Σ w_d gap_d / Σ w_d with the importance weights (equal weights when none are given). */
	weightedGap: number;
}

/**
 * SERVQUAL: per dimension, gap = mean P − mean E over its items (any number of items); overall, the
 * unweighted mean of the dimension gaps, and the mean weighted by importance.
 * @param weights importance per dimension code (missing dimensions weigh 0; omit for equal weights)
 */
export function servqual(
	items: readonly ServqualItem[],
	weights?: Readonly<Record<string, number>>,
): Outcome<ServqualResult> {
	if (items.length === 0) return fail('no-rows');
	if (items.some((i) => i.expected < 0 || i.perceived < 0)) return fail('negative-score');
	const order: string[] = [];
	const groups = new Map<string, ServqualItem[]>();
	for (const item of items) {
		if (!groups.has(item.dimension)) {
			groups.set(item.dimension, []);
			order.push(item.dimension);
		}
		groups.get(item.dimension)!.push(item);
	}
	const dims = order.map((dimension) => {
		const list = groups.get(dimension)!;
		const expected = list.reduce((s, i) => s + i.expected, 0) / list.length;
		const perceived = list.reduce((s, i) => s + i.perceived, 0) / list.length;
		return {
			dimension,
			items: list.length,
			expected,
			perceived,
			gap: perceived - expected,
			weight: weights ? (weights[dimension] ?? 0) : 1,
		};
	});
	const w = dims.map((d) => d.weight);
	const weightIssues = checkWeights(w);
	if (weightIssues.length > 0) return fail(...weightIssues);
	const gaps = dims.map((d) => d.gap);
	return ok({
		dimensions: dims,
		gap: gaps.reduce((s, g) => s + g, 0) / gaps.length,
		weightedGap: weightedMean(gaps, w),
	});
}

function checkCounts(counts: readonly number[]): SatisfactionIssue[] {
	if (counts.some((c) => c < 0)) return ['negative-count'];
	if (counts.some((c) => !Number.isInteger(c))) return ['fractional-count'];
	if (counts.reduce((s, c) => s + c, 0) === 0) return ['no-responses'];
	return [];
}

/**
 * Mean score of a response distribution: counts[j] people chose scale point min + j.
 * @example distributionMean([2, 3, 10, 25, 10], 1).value // { mean: 3.76, responses: 50, index: 69 }
 */
export function distributionMean(
	counts: readonly number[],
	min = 1,
): Outcome<{ mean: number; responses: number; shares: number[]; index: number }> {
	if (counts.length < 2) return fail('wrong-count-length');
	const issues = checkCounts(counts);
	if (issues.length > 0) return fail(...issues);
	const responses = counts.reduce((s, c) => s + c, 0);
	const mean = counts.reduce((s, c, j) => s + c * (min + j), 0) / responses;
	return ok({
		mean,
		responses,
		shares: counts.map((c) => c / responses),
		index: rescale(mean, { min, max: min + counts.length - 1 }),
	});
}

export interface NpsResult {
	responses: number;
	promoters: number;
	passives: number;
	detractors: number;
	/** Shares 0–1. */
	promoterShare: number;
	passiveShare: number;
	detractorShare: number;
	/** % promoters − % detractors, −100 … 100. */
	nps: number;
}

/**
 * Net Promoter Score from the counts of answers 0, 1, …, 10 to "how likely are you to recommend":
 * promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors.
 * @example nps([0, 0, 0, 0, 0, 5, 5, 10, 10, 20, 10]).value.nps // 33.33… (30 promoters, 10 detractors, 60 answers)
 */
export function nps(counts: readonly number[]): Outcome<NpsResult> {
	if (counts.length !== 11) return fail('wrong-count-length');
	const issues = checkCounts(counts);
	if (issues.length > 0) return fail(...issues);
	const sum = (from: number, to: number) => counts.slice(from, to + 1).reduce((s, c) => s + c, 0);
	const detractors = sum(0, 6);
	const passives = sum(7, 8);
	const promoters = sum(9, 10);
	const responses = detractors + passives + promoters;
	return ok({
		responses,
		promoters,
		passives,
		detractors,
		promoterShare: promoters / responses,
		passiveShare: passives / responses,
		detractorShare: detractors / responses,
		nps: ((promoters - detractors) / responses) * 100,
	});
}

/** Keeps an index inside 0–100 against binary noise at the ends (100.00000000000001). */
function clamp100(x: number): number {
	return Math.min(100, Math.max(0, x));
}
