/**
 * RFM analysis (chapter 6): recency, frequency and monetary value scored 1–5, the 125-cell code,
 * and the eight groups against the means. Scores by quintiles follow pandas so that students can
 * reproduce them: score = ⌈5 · rank / n⌉ with rank = 1 + the number of customers strictly worse
 * (pandas `rank(method='min', pct=True)`); for recency, worse means more days.
 */
import { summariseGroups } from './groups';
import { ascendingOrder } from './order';
import type { Result } from '../result';

export interface RfmCustomer {
	id: string;
	/** Days since the last purchase (smaller is better). */
	recency: number;
	/** Purchases in the window. */
	frequency: number;
	/** Money spent in the window. */
	monetary: number;
}

export type Dimension = 'recency' | 'frequency' | 'monetary';
export const DIMENSIONS: readonly Dimension[] = ['recency', 'frequency', 'monetary'];

export const RFM_GROUPS = [
	'important-value',
	'important-keep',
	'important-develop',
	'important-retain',
	'general-value',
	'general-keep',
	'general-develop',
	'general-retain',
] as const;
export type RfmGroup = (typeof RFM_GROUPS)[number];

/**
 * Scores 1–5 per customer by quintiles of rank; equal values always get equal scores.
 * score = ⌈5 · rank / n⌉, rank = 1 + the number of customers strictly worse.
 * @example quintileScores([10, 20, 20, 40, 50], false) // [1, 2, 2, 4, 5]
 */
export function quintileScores(values: ArrayLike<number>, smallerIsBetter: boolean): number[] {
	return Array.from(quintileInto(values, smallerIsBetter, new Uint8Array(values.length)));
}

/**
 * The same scores written into `out`, from the customers in ascending order of the value (pass the
 * order when it is already known, as {@link ascendingOrder} gives it).
 */
export function quintileInto(
	values: ArrayLike<number>,
	smallerIsBetter: boolean,
	out: Uint8Array,
	order = ascendingOrder(values),
): Uint8Array {
	const n = values.length;
	let start = 0;
	while (start < n) {
		const v = values[order[start]!]!;
		let end = start + 1;
		while (end < n && values[order[end]!] === v) end++;
		// Worse: more days for recency (those after the run), less for frequency and money (before it).
		const worse = smallerIsBetter ? n - end : start;
		const score = Math.max(1, Math.ceil((5 * (worse + 1)) / n));
		for (let k = start; k < end; k++) out[order[k]!] = score;
		start = end;
	}
	return out;
}

/**
 * Scores 1–5 from four ascending boundaries b1 < b2 < b3 < b4. Recency: days ≤ b1 → 5, ≤ b2 → 4,
 * ≤ b3 → 3, ≤ b4 → 2, else 1. Frequency and money: ≥ b4 → 5, ≥ b3 → 4, ≥ b2 → 3, ≥ b1 → 2, else 1.
 * @example thresholdScore(45, [7, 30, 60, 120], true) // 3
 */
export function thresholdScore(
	value: number,
	bounds: readonly [number, number, number, number],
	smallerIsBetter: boolean,
): number {
	return smallerIsBetter
		? 5 - bounds.filter((b) => value > b).length
		: 1 + bounds.filter((b) => value >= b).length;
}

export interface RfmRow {
	id: string;
	r: number;
	f: number;
	m: number;
	/** The 125-cell code, e.g. "545". */
	code: string;
	group: RfmGroup;
}

export interface RfmResult {
	rows: RfmRow[];
	means: Record<Dimension, number>;
	groups: {
		group: RfmGroup;
		count: number;
		revenue: number;
		countShare: number;
		revenueShare: number;
	}[];
	/** Scores 1–5 that no customer received, per dimension (a large tie block can skip a score). */
	emptyScores: Record<Dimension, number[]>;
}

export type RfmIssue = 'no-customers' | 'negative-value';
export type Thresholds = Partial<Record<Dimension, readonly [number, number, number, number]>>;

/** Which of the eight groups: 重要 when money is above the mean; R, F decide the rest. */
export function groupOf(c: RfmCustomer, means: Record<Dimension, number>): RfmGroup {
	return RFM_GROUPS[groupIndex(c.recency, c.frequency, c.monetary, means)]!;
}

/** Index into RFM_GROUPS: R better when days < mean, F and M better when > mean (strictly). */
function groupIndex(
	recency: number,
	frequency: number,
	monetary: number,
	means: Record<Dimension, number>,
): number {
	const r = recency < means.recency;
	const f = frequency > means.frequency;
	// RFM_GROUPS order: value, keep, develop, retain (R and F better, F only, R only, neither).
	return (monetary > means.monetary ? 0 : 4) + (r ? (f ? 0 : 2) : f ? 1 : 3);
}

/** RFM of many customers, one typed array per column (what the segmentation calculator uses). */
export interface RfmColumns {
	r: Uint8Array;
	f: Uint8Array;
	m: Uint8Array;
	/** Index into RFM_GROUPS per customer. */
	group: Uint8Array;
	means: Record<Dimension, number>;
	emptyScores: Record<Dimension, number[]>;
}

/**
 * Scores every customer (by quintiles, or by thresholds per dimension when given) and places each in
 * one of the eight groups. Columns must have equal length ≥ 1 and hold values ≥ 0.
 */
export function rfmColumns(
	columns: Record<Dimension, ArrayLike<number>>,
	thresholds?: Thresholds,
	orders: Partial<Record<Dimension, Uint32Array>> = {},
): RfmColumns {
	const n = columns.recency.length;
	const score = (d: Dimension): Uint8Array => {
		const values = columns[d];
		const bounds = thresholds?.[d];
		const out = new Uint8Array(n);
		if (!bounds) return quintileInto(values, d === 'recency', out, orders[d]);
		for (let i = 0; i < n; i++) out[i] = thresholdScore(values[i]!, bounds, d === 'recency');
		return out;
	};
	const [r, f, m] = DIMENSIONS.map(score) as [Uint8Array, Uint8Array, Uint8Array];
	const means = Object.fromEntries(DIMENSIONS.map((d) => [d, sum(columns[d]) / n])) as Record<
		Dimension,
		number
	>;
	const group = new Uint8Array(n);
	for (let i = 0; i < n; i++)
		group[i] = groupIndex(columns.recency[i]!, columns.frequency[i]!, columns.monetary[i]!, means);
	const empty = (scores: Uint8Array) => {
		const seen = new Set(scores);
		return [1, 2, 3, 4, 5].filter((s) => !seen.has(s));
	};
	return {
		r,
		f,
		m,
		group,
		means,
		emptyScores: { recency: empty(r), frequency: empty(f), monetary: empty(m) },
	};
}

function sum(values: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < values.length; i++) s += values[i]!;
	return s;
}

/**
 * Scores every customer (by quintiles, or by thresholds per dimension when given), codes them and
 * sorts them into the eight groups (R better when days are below the mean; F and M better when above,
 * strictly), with counts and revenue shares.
 * @example analyseRfm([{ id: 'a', recency: 5, frequency: 9, monetary: 900 }, { id: 'b', recency: 90, frequency: 1, monetary: 50 }]).value.rows.map((r) => r.group) // ['important-value', 'general-retain']
 */
export function analyseRfm(
	customers: readonly RfmCustomer[],
	thresholds?: Thresholds,
): Result<RfmResult, RfmIssue> {
	const n = customers.length;
	if (n === 0) return { ok: false, issues: ['no-customers'] };
	if (customers.some((c) => c.recency < 0 || c.frequency < 0 || c.monetary < 0))
		return { ok: false, issues: ['negative-value'] };
	const column = (d: Dimension) => Float64Array.from(customers, (c) => c[d]);
	const cols = rfmColumns(
		{ recency: column('recency'), frequency: column('frequency'), monetary: column('monetary') },
		thresholds,
	);
	const rows = customers.map((c, i) => {
		const [r, f, m] = [cols.r[i]!, cols.f[i]!, cols.m[i]!];
		return { id: c.id, r, f, m, code: `${r}${f}${m}`, group: RFM_GROUPS[cols.group[i]!]! };
	});
	const groups = summariseGroups(RFM_GROUPS, cols.group, column('monetary')).map(
		({ key, ...rest }) => ({ group: key, ...rest }),
	);
	return { ok: true, value: { rows, means: cols.means, groups, emptyScores: cols.emptyScores } };
}
