/**
 * RFM analysis (chapter 6): recency, frequency and monetary value scored 1–5, the 125-cell code,
 * and the eight groups against the means. Scores by quintiles follow pandas so that students can
 * reproduce them: score = ⌈5 · rank / n⌉ with rank = 1 + the number of customers strictly worse
 * (pandas `rank(method='min', pct=True)`); for recency, worse means more days.
 */

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

/** Scores 1–5 per customer by quintiles of rank; equal values always get equal scores. */
export function quintileScores(values: readonly number[], smallerIsBetter: boolean): number[] {
	const n = values.length;
	// Worse first: for recency the largest day counts, otherwise the smallest values.
	const order = values.map((_, i) => i).sort((a, b) => (smallerIsBetter ? values[b]! - values[a]! : values[a]! - values[b]!));
	const scores = new Array<number>(n);
	let runStart = 0;
	for (let k = 0; k < n; k++) {
		if (k > 0 && values[order[k]!] !== values[order[k - 1]!]) runStart = k;
		// rank = 1 + customers strictly worse = runStart + 1
		scores[order[k]!] = Math.max(1, Math.ceil((5 * (runStart + 1)) / n - 1e-12));
	}
	return scores;
}

/**
 * Scores 1–5 from four ascending boundaries b1 < b2 < b3 < b4. Recency: days ≤ b1 → 5, ≤ b2 → 4,
 * ≤ b3 → 3, ≤ b4 → 2, else 1. Frequency and money: ≥ b4 → 5, ≥ b3 → 4, ≥ b2 → 3, ≥ b1 → 2, else 1.
 * @example thresholdScore(45, [7, 30, 60, 120], true) // 3
 */
export function thresholdScore(value: number, bounds: readonly [number, number, number, number], smallerIsBetter: boolean): number {
	return smallerIsBetter ? 5 - bounds.filter((b) => value > b).length : 1 + bounds.filter((b) => value >= b).length;
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
	groups: { group: RfmGroup; count: number; revenue: number; countShare: number; revenueShare: number }[];
	/** Scores 1–5 that no customer received, per dimension (a large tie block can skip a score). */
	emptyScores: Record<Dimension, number[]>;
}

export type RfmIssue = 'no-customers' | 'negative-value';

/** Which of the eight groups: 重要 when money is above the mean; R, F decide the rest. */
export function groupOf(c: RfmCustomer, means: Record<Dimension, number>): RfmGroup {
	const r = c.recency < means.recency;
	const f = c.frequency > means.frequency;
	const m = c.monetary > means.monetary;
	const head = m ? 'important' : 'general';
	const tail = r ? (f ? 'value' : 'develop') : f ? 'keep' : 'retain';
	return `${head}-${tail}` as RfmGroup;
}

/**
 * Scores every customer (by quintiles, or by thresholds per dimension when given), codes them and
 * sorts them into the eight groups (R better when days are below the mean; F and M better when above,
 * strictly), with counts and revenue shares.
 */
export function analyseRfm(
	customers: readonly RfmCustomer[],
	thresholds?: Partial<Record<Dimension, readonly [number, number, number, number]>>,
): { ok: true; value: RfmResult } | { ok: false; issues: RfmIssue[] } {
	const n = customers.length;
	if (n === 0) return { ok: false, issues: ['no-customers'] };
	if (customers.some((c) => c.recency < 0 || c.frequency < 0 || c.monetary < 0)) return { ok: false, issues: ['negative-value'] };
	const score = (d: Dimension): number[] => {
		const values = customers.map((c) => c[d]);
		const bounds = thresholds?.[d];
		return bounds ? values.map((v) => thresholdScore(v, bounds, d === 'recency')) : quintileScores(values, d === 'recency');
	};
	const [r, f, m] = DIMENSIONS.map(score) as [number[], number[], number[]];
	const means = Object.fromEntries(DIMENSIONS.map((d) => [d, customers.reduce((s, c) => s + c[d], 0) / n])) as Record<Dimension, number>;
	const rows = customers.map((c, i) => ({ id: c.id, r: r[i]!, f: f[i]!, m: m[i]!, code: `${r[i]}${f[i]}${m[i]}`, group: groupOf(c, means) }));
	const revenue = customers.reduce((s, c) => s + c.monetary, 0);
	const groups = RFM_GROUPS.map((group) => {
		let count = 0;
		let money = 0;
		rows.forEach((row, i) => {
			if (row.group === group) {
				count++;
				money += customers[i]!.monetary;
			}
		});
		return { group, count, revenue: money, countShare: count / n, revenueShare: revenue > 0 ? money / revenue : 0 };
	});
	const empty = (scores: number[]) => [1, 2, 3, 4, 5].filter((s) => !scores.includes(s));
	return { ok: true, value: { rows, means, groups, emptyScores: { recency: empty(r), frequency: empty(f), monetary: empty(m) } } };
}
