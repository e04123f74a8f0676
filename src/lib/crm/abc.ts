/**
 * ABC analysis, the customer pyramid and the customer × product profit matrix (chapters 4 and 6).
 */
import { ascendingOrder } from './order';
import type { Result } from '../result';

export type AbcClass = 'A' | 'B' | 'C';
export type PyramidTier = 'top' | 'major' | 'ordinary' | 'small';

export interface AbcRow {
	id: string;
	revenue: number;
	/** Position after sorting by revenue, highest first (1-based). */
	rank: number;
	/** Revenue share of this customer. */
	share: number;
	/** Cumulative revenue share including this customer. */
	cumulative: number;
	abc: AbcClass;
	tier: PyramidTier;
}

export interface AbcOptions {
	/** A while the revenue share of the customers before it is below this (default 0.8). */
	a: number;
	/** B while below this (default 0.95). */
	b: number;
	/** Pyramid cut-offs by count share: top, major, ordinary (defaults 0.01, 0.05, 0.20 = 1 / 4 / 15 / 80 %). */
	pyramid: [number, number, number];
}

export const DEFAULT_ABC: AbcOptions = { a: 0.8, b: 0.95, pyramid: [0.01, 0.05, 0.2] };

export type AbcIssue = 'no-customers' | 'negative-revenue' | 'no-revenue' | 'bad-cutoffs';

const EPS = 1e-12;

export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];
export const PYRAMID_TIERS: readonly PyramidTier[] = ['top', 'major', 'ordinary', 'small'];

/** True when 0 < a ≤ b ≤ 1 and 0 ≤ top ≤ major ≤ ordinary ≤ 1. */
export function validCutoffs(o: AbcOptions): boolean {
	const [p1, p2, p3] = o.pyramid;
	return o.a > 0 && o.a <= o.b && o.b <= 1 && p1 >= 0 && p1 <= p2 && p2 <= p3 && p3 <= 1;
}

/** ABC class (0 = A, 1 = B, 2 = C) from the revenue share of the customers ranked before it. */
export function abcIndex(shareBefore: number, o: AbcOptions): number {
	return shareBefore < o.a - EPS ? 0 : shareBefore < o.b - EPS ? 1 : 2;
}

/** Pyramid tier (0 = 顶尖 … 3 = 小客户) from the count share of the customers ranked before it. */
export function tierIndex(countBefore: number, o: AbcOptions): number {
	const [p1, p2, p3] = o.pyramid;
	return countBefore < p1 - EPS ? 0 : countBefore < p2 - EPS ? 1 : countBefore < p3 - EPS ? 2 : 3;
}

/** ABC classes and pyramid tiers of many customers, one typed array per column. */
export interface AbcColumns {
	/** Customer indices by revenue, highest first (equal revenue keeps input order). */
	order: Uint32Array;
	/** Cumulative revenue share including the customer at each rank (so by rank, not by customer). */
	cumulative: Float64Array;
	/** Index into ABC_CLASSES per customer. */
	abc: Uint8Array;
	/** Index into PYRAMID_TIERS per customer. */
	tier: Uint8Array;
	total: number;
}

/**
 * Sorts customers by revenue (highest first; equal revenue keeps input order) and classes them:
 * a customer is A while the cumulative revenue share of the customers before it is below `a` (so
 * the customer that crosses 80 % is A), B while below `b`, C after. The pyramid uses the count share
 * of the customers before it: below 1 % 顶尖, below 5 % 主要, below 20 % 普通, else 小客户.
 * @param revenue each customer's revenue, ≥ 0, with a positive total
 * @param ascending the customers in ascending order of revenue, when already known ({@link ascendingOrder})
 */
export function abcColumns(
	revenue: ArrayLike<number>,
	options: Partial<AbcOptions> = {},
	ascending?: Uint32Array,
): Result<AbcColumns, AbcIssue> {
	const o = { ...DEFAULT_ABC, ...options };
	if (!validCutoffs(o)) return { ok: false, issues: ['bad-cutoffs'] };
	const n = revenue.length;
	if (n === 0) return { ok: false, issues: ['no-customers'] };
	let total = 0;
	for (let i = 0; i < n; i++) {
		if (!(revenue[i]! >= 0)) return { ok: false, issues: ['negative-revenue'] };
		total += revenue[i]!;
	}
	if (total <= 0) return { ok: false, issues: ['no-revenue'] };
	const order = descending(revenue, ascending ?? ascendingOrder(revenue));
	const cumulative = new Float64Array(n);
	const abc = new Uint8Array(n);
	const tier = new Uint8Array(n);
	let before = 0;
	for (let k = 0; k < n; k++) {
		const i = order[k]!;
		abc[i] = abcIndex(before, o);
		tier[i] = tierIndex(k / n, o);
		before += revenue[i]! / total;
		cumulative[k] = Math.min(1, before);
	}
	return { ok: true, value: { order, cumulative, abc, tier, total } };
}

/** Highest first; equal values stay in input order (runs of the ascending order taken from the end). */
function descending(values: ArrayLike<number>, ascending: Uint32Array): Uint32Array {
	const n = values.length;
	const order = new Uint32Array(n);
	let k = 0;
	let end = n;
	while (end > 0) {
		const v = values[ascending[end - 1]!]!;
		let start = end - 1;
		while (start > 0 && values[ascending[start - 1]!] === v) start--;
		for (let j = start; j < end; j++) order[k++] = ascending[j]!;
		end = start;
	}
	return order;
}

/**
 * {@link abcColumns} for a list of customers, as rows by rank, with the Pareto curve's points.
 * @example classifyAbc([{ id: 'x', revenue: 90 }, { id: 'y', revenue: 10 }]) // rows classed A (0 % before it) and B (90 % before it)
 */
export function classifyAbc(
	customers: readonly { id: string; revenue: number }[],
	options: Partial<AbcOptions> = {},
):
	| {
			ok: true;
			value: { rows: AbcRow[]; total: number; pareto: { customers: number; revenue: number }[] };
	  }
	| { ok: false; issues: AbcIssue[] } {
	const result = abcColumns(
		customers.map((c) => c.revenue),
		options,
	);
	if (!result.ok) return result;
	const { order, cumulative, abc, tier, total } = result.value;
	const n = customers.length;
	const rows: AbcRow[] = Array.from(order, (i, k) => {
		const c = customers[i]!;
		return {
			id: c.id,
			revenue: c.revenue,
			rank: k + 1,
			share: c.revenue / total,
			cumulative: cumulative[k]!,
			abc: ABC_CLASSES[abc[i]!]!,
			tier: PYRAMID_TIERS[tier[i]!]!,
		};
	});
	const pareto = [
		{ customers: 0, revenue: 0 },
		...rows.map((r) => ({ customers: r.rank / n, revenue: r.cumulative })),
	];
	return { ok: true, value: { rows, total, pareto } };
}

export interface ProfitMatrix {
	rowTotals: number[];
	columnTotals: number[];
	total: number;
	/** Indices of customers (rows) and products (columns) whose total profit is negative. */
	losingCustomers: number[];
	losingProducts: number[];
}

/**
 * The customer × product profit matrix: totals per customer and per product, and which lose money.
 * @example profitMatrix([[30, -10], [-5, -20]]).losingCustomers // [1]
 */
export function profitMatrix(profit: readonly (readonly number[])[]): ProfitMatrix {
	const columns = Math.max(0, ...profit.map((r) => r.length));
	const rowTotals = profit.map((r) => r.reduce((s, x) => s + x, 0));
	const columnTotals = Array.from({ length: columns }, (_, j) =>
		profit.reduce((s, r) => s + (r[j] ?? 0), 0),
	);
	const losing = (xs: number[]) => xs.flatMap((x, i) => (x < 0 ? [i] : []));
	return {
		rowTotals,
		columnTotals,
		total: rowTotals.reduce((s, x) => s + x, 0),
		losingCustomers: losing(rowTotals),
		losingProducts: losing(columnTotals),
	};
}
