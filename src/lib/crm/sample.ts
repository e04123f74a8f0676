/**
 * A reproducible made-up customer base for the segmentation calculator, the labs and the benchmark:
 * the same `n` and `seed` always give the same customers. Spending is heavy-tailed (log-normal baskets,
 * geometric purchase counts), so ABC and the pyramid show a Pareto-like pattern as real bases do.
 */
import type { CustomerColumns } from './customers';

/** mulberry32: a small, fast 32-bit generator; good enough for teaching data, not for security. */
export function randomSource(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * @param n number of customers, ≥ 1
 * @param seed any integer
 * @returns ids C001 … (zero-padded to the width of n), recency 0–365 days, frequency ≥ 1, monetary in yuan with cents
 * @example sampleCustomers(200, 1).ids[0] // 'C001'
 */
export function sampleCustomers(n: number, seed = 1): CustomerColumns {
	const random = randomSource(seed);
	const width = Math.max(3, String(n).length);
	const ids: string[] = new Array(n);
	const recency = new Float64Array(n);
	const frequency = new Float64Array(n);
	const monetary = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		ids[i] = `C${String(i + 1).padStart(width, '0')}`;
		// Loyal buyers come back often and recently; one-off buyers drift away.
		const engagement = random();
		const f = 1 + Math.floor(Math.log(1 - random()) / Math.log(0.92 - 0.6 * (1 - engagement) ** 2));
		frequency[i] = Math.min(f, 200);
		recency[i] = Math.min(365, Math.floor(-Math.log(1 - random()) * (15 + 150 * (1 - engagement))));
		const basket = Math.exp(4.3 + 1.1 * normal(random));
		monetary[i] = Math.round(frequency[i]! * basket * 100) / 100;
	}
	return { ids, recency, frequency, monetary };
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
