/**
 * Counts and revenue per group, for any classification stored as one small integer per customer.
 */

export interface GroupSummary<K extends string> {
	key: K;
	count: number;
	revenue: number;
	/** Share of customers, 0–1. */
	countShare: number;
	/** Share of revenue, 0–1 (0 when the total is 0). */
	revenueShare: number;
}

/**
 * @param group the group index of each customer (0 … keys.length − 1)
 * @param money each customer's revenue
 * @example summariseGroups(['A', 'B'], Uint8Array.of(0, 1, 0), [5, 3, 2]) // A: 2 customers, 7 (70 %); B: 1, 3 (30 %)
 */
export function summariseGroups<K extends string>(
	keys: readonly K[],
	group: ArrayLike<number>,
	money: ArrayLike<number>,
): GroupSummary<K>[] {
	const counts = new Float64Array(keys.length);
	const sums = new Float64Array(keys.length);
	let total = 0;
	for (let i = 0; i < group.length; i++) {
		const g = group[i]!;
		counts[g]!++;
		sums[g]! += money[i]!;
		total += money[i]!;
	}
	const n = group.length;
	return keys.map((key, g) => ({
		key,
		count: counts[g]!,
		revenue: sums[g]!,
		countShare: n > 0 ? counts[g]! / n : 0,
		revenueShare: total > 0 ? sums[g]! / total : 0,
	}));
}
