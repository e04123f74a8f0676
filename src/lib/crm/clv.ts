/**
 * Customer lifetime value (客户终身价值), as taught in chapter 4 of the course.
 * Notation follows the textbook exercises: Co acquisition cost and Po first-purchase revenue (both
 * at t = 0, not discounted), In yearly revenue, Cs yearly direct service cost, n years, r yearly
 * discount rate, p yearly retention rate. Yearly flows fall at the end of year t (or mid-year,
 * t − 0.5). Pure arithmetic on validated input: no rounding except the 4-decimal table factors.
 */
import type { Result } from '../result';

export type ClvModel = 'undiscounted' | 'discounted' | 'retention' | 'infinite';
export type Timing = 'end' | 'mid';
export type FactorMode = 'exact' | 'table';

export const CLV_MODELS: readonly ClvModel[] = [
	'undiscounted',
	'discounted',
	'retention',
	'infinite',
];
export const MAX_YEARS = 100;

/** Valid ranges of the inputs, in value units (rates as fractions). */
export const CLV_LIMITS = {
	money: { min: 0, max: 1e12 },
	years: { min: 1, max: MAX_YEARS },
	discountRate: { min: 0, max: 1 },
	retentionRate: { min: 0, max: 1 },
} as const;

export interface ClvInput {
	/** Co, yuan, ≥ 0. */
	acquisitionCost: number;
	/** Po, yuan, ≥ 0. */
	firstPurchase: number;
	/** In, yuan per year. */
	yearlyRevenue: number;
	/** Cs, yuan per year. */
	yearlyCost: number;
	/** n, whole years, 1 … 100 (for the infinite model: how many years the schedule shows). */
	years: number;
	/** r, a fraction ≥ 0 (0.08 for 8 %). */
	discountRate: number;
	/** p, a fraction 0 … 1 (used by the retention and infinite models). */
	retentionRate: number;
	timing: Timing;
	factors: FactorMode;
}

export interface ScheduleRow {
	/** Year t; 0 is the first purchase and acquisition. */
	year: number;
	revenue: number;
	cost: number;
	net: number;
	/** The factor applied to the net flow: discount, times survival for the retention models. */
	factor: number;
	presentValue: number;
	cumulative: number;
}

export interface ClvResult {
	model: ClvModel;
	rows: ScheduleRow[];
	/** CLV: for the finite models, the last row's cumulative value. */
	total: number;
	/** For the infinite model: the value of the years after the schedule (total − last cumulative). */
	tail: number;
	/** First year whose cumulative value is ≥ 0, or null if the schedule never pays back. */
	payback: number | null;
	/** LTV : CAC, the customer's value before acquisition (total + Co) over Co; null when Co = 0. */
	ltvToCac: number | null;
	/** For a level stream discounted at end of year: the annuity factor route to the same sum. */
	annuity: { factor: number; value: number } | null;
}

/**
 * Rounds a non-negative factor to 4 decimals as printed tables do (half up). The tiny nudge keeps
 * binary noise (0.46325 stored as 0.4632499…) from flipping a half.
 * @example roundFactor(0.4631934881) // 0.4632
 */
export function roundFactor(x: number): number {
	return Math.round(x * 1e4 + 1e-7) / 1e4;
}

/**
 * Present-value factor of a flow at time `t` years: (1 + r)^−t, or exactly 1 when r = 0.
 * @example discountFactor(0.08, 1) // 0.9259259…
 */
export function discountFactor(rate: number, t: number): number {
	return rate === 0 ? 1 : (1 + rate) ** -t;
}

/**
 * Annuity factor (年金现值系数) for n end-of-year payments: (1 − (1 + r)^−n) / r, and n when r = 0.
 * @example annuityFactor(0.08, 10) // 6.7100814
 */
export function annuityFactor(rate: number, years: number): number {
	return rate === 0 ? years : (1 - (1 + rate) ** -years) / rate;
}

/** The factor for year t of a model: discounting (and survival for the retention models). */
function yearFactor(model: ClvModel, input: ClvInput, year: number): number {
	if (model === 'undiscounted') return 1;
	const t = input.timing === 'mid' ? year - 0.5 : year;
	const discount = discountFactor(input.discountRate, t);
	const exact =
		model === 'discounted' ? discount : survivalFactor(input.retentionRate, year) * discount;
	return input.factors === 'table' ? roundFactor(exact) : exact;
}

/** p^t with the degenerate rates as their own branches (p = 0: nobody stays; p = 1: everybody does). */
function survivalFactor(retention: number, year: number): number {
	if (retention === 0) return 0;
	if (retention === 1) return 1;
	return retention ** year;
}

/**
 * Value of the infinite stream m·p^t/(1 + r)^t for t = 1, 2, … : m·p / (1 + r − p), times (1 + r)^½
 * when flows fall mid-year. Finite only while p < 1 + r; returns null otherwise.
 */
export function perpetuityValue(
	margin: number,
	rate: number,
	retention: number,
	timing: Timing,
): number | null {
	if (margin === 0 || retention === 0) return 0;
	const denominator = 1 + rate - retention;
	if (denominator <= 0) return null;
	const value = (margin * retention) / denominator;
	return timing === 'mid' ? value * Math.sqrt(1 + rate) : value;
}

/**
 * Computes CLV under one model with a year-by-year schedule.
 * - undiscounted: CLV = Po − Co + Σₜ (In − Cs)
 * - discounted:   CLV = Po − Co + Σₜ (In − Cs) / (1 + r)ᵗ
 * - retention:    CLV = Po − Co + Σₜ (In − Cs) · pᵗ / (1 + r)ᵗ
 * - infinite:     CLV = Po − Co + (In − Cs) · p / (1 + r − p); the schedule shows the first n years
 * The sums run over t = 1 … n (t − 0.5 with mid-year timing). Table factors round each year's factor
 * to 4 decimals, as printed 复利现值系数 tables do.
 * @param model which formula
 * @param input validated input (see ClvInput for units and ranges)
 * @returns the schedule, total, payback year, LTV : CAC; `null` total only for a diverging
 *   infinite stream (p ≥ 1 + r), reported as `{ ok: false }`
 * @example computeClv('discounted', { acquisitionCost: 500, firstPurchase: 3000, yearlyRevenue: 1000,
 *   yearlyCost: 100, years: 10, discountRate: 0.08, retentionRate: 1, timing: 'end', factors: 'exact' }).total
 *   // 8539.0732590…
 */
export function computeClv(model: ClvModel, input: ClvInput): Result<ClvResult, 'diverges'> {
	const initial = input.firstPurchase - input.acquisitionCost;
	const margin = input.yearlyRevenue - input.yearlyCost;
	const rows: ScheduleRow[] = [
		{
			year: 0,
			revenue: input.firstPurchase,
			cost: input.acquisitionCost,
			net: initial,
			factor: 1,
			presentValue: initial,
			cumulative: initial,
		},
	];
	let cumulative = initial;
	for (let year = 1; year <= input.years; year++) {
		const factor = yearFactor(model, input, year);
		const presentValue = margin * factor;
		cumulative += presentValue;
		rows.push({
			year,
			revenue: input.yearlyRevenue,
			cost: input.yearlyCost,
			net: margin,
			factor,
			presentValue,
			cumulative,
		});
	}

	let total = cumulative;
	let tail = 0;
	if (model === 'infinite') {
		const perpetuity = perpetuityValue(
			margin,
			input.discountRate,
			input.retentionRate,
			input.timing,
		);
		if (perpetuity === null) return { ok: false, issues: ['diverges'] };
		total = initial + perpetuity;
		tail = total - cumulative;
	}

	return {
		ok: true,
		value: {
			model,
			rows,
			total,
			tail,
			payback: rows.find((row) => row.cumulative >= 0)?.year ?? null,
			ltvToCac:
				input.acquisitionCost > 0 ? (total + input.acquisitionCost) / input.acquisitionCost : null,
			annuity: annuityRoute(model, input, margin, initial),
		},
	};
}

/** The 年金现值系数 shortcut for a level stream: Po − Co + (In − Cs) × annuity factor. */
function annuityRoute(
	model: ClvModel,
	input: ClvInput,
	margin: number,
	initial: number,
): ClvResult['annuity'] {
	if (model !== 'discounted' || input.timing !== 'end') return null;
	const exact = annuityFactor(input.discountRate, input.years);
	const factor = input.factors === 'table' ? roundFactor(exact) : exact;
	return { factor, value: initial + margin * factor };
}

/**
 * The simple spend model (Stew Leonard's supermarket): spend per visit × visits per year × years.
 * @example spendValue(100, 50, 10) // 50000
 */
export function spendValue(spendPerVisit: number, visitsPerYear: number, years: number): number {
	return spendPerVisit * visitsPerYear * years;
}
