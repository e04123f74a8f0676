/**
 * ABC analysis, the customer pyramid and the customer × product profit matrix (chapters 4 and 6).
 */

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

/**
 * Sorts customers by revenue (highest first; equal revenue keeps input order) and classes them:
 * a customer is A while the cumulative revenue share of the customers before it is below `a` (so
 * the customer that crosses 80 % is A), B while below `b`, C after. The pyramid uses the count share
 * of the customers before it: below 1 % 顶尖, below 5 % 主要, below 20 % 普通, else 小客户.
 * @example classifyAbc([{ id: 'x', revenue: 90 }, { id: 'y', revenue: 10 }]) // rows classed A (0 % before it) and B (90 % before it)
 */
export function classifyAbc(
	customers: readonly { id: string; revenue: number }[],
	options: Partial<AbcOptions> = {},
): { ok: true; value: { rows: AbcRow[]; total: number; pareto: { customers: number; revenue: number }[] } } | { ok: false; issues: AbcIssue[] } {
	const o = { ...DEFAULT_ABC, ...options };
	const [p1, p2, p3] = o.pyramid;
	if (!(o.a > 0 && o.a <= o.b && o.b <= 1 && p1 >= 0 && p1 <= p2 && p2 <= p3 && p3 <= 1)) return { ok: false, issues: ['bad-cutoffs'] };
	if (customers.length === 0) return { ok: false, issues: ['no-customers'] };
	if (customers.some((c) => c.revenue < 0)) return { ok: false, issues: ['negative-revenue'] };
	const total = customers.reduce((s, c) => s + c.revenue, 0);
	if (total <= 0) return { ok: false, issues: ['no-revenue'] };
	const n = customers.length;
	const sorted = customers.map((c, i) => ({ c, i })).sort((x, y) => y.c.revenue - x.c.revenue || x.i - y.i);
	let before = 0;
	const rows: AbcRow[] = sorted.map(({ c }, k) => {
		const share = c.revenue / total;
		const abc: AbcClass = before < o.a - EPS ? 'A' : before < o.b - EPS ? 'B' : 'C';
		const countBefore = k / n;
		const tier: PyramidTier = countBefore < p1 - EPS ? 'top' : countBefore < p2 - EPS ? 'major' : countBefore < p3 - EPS ? 'ordinary' : 'small';
		before += share;
		return { id: c.id, revenue: c.revenue, rank: k + 1, share, cumulative: Math.min(1, before), abc, tier };
	});
	const pareto = [{ customers: 0, revenue: 0 }, ...rows.map((r) => ({ customers: r.rank / n, revenue: r.cumulative }))];
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
	const columnTotals = Array.from({ length: columns }, (_, j) => profit.reduce((s, r) => s + (r[j] ?? 0), 0));
	const losing = (xs: number[]) => xs.flatMap((x, i) => (x < 0 ? [i] : []));
	return { rowTotals, columnTotals, total: rowTotals.reduce((s, x) => s + x, 0), losingCustomers: losing(rowTotals), losingProducts: losing(columnTotals) };
}
