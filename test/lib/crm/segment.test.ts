import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CustomerColumns } from '../../../src/lib/crm/customers';
import { paretoPoints, segmentCustomers, type Segmentation } from '../../../src/lib/crm/segment';
import { RFM_GROUPS } from '../../../src/lib/crm/rfm';
import { sampleCustomers } from '../../../src/lib/crm/sample';

const columns = (list: [string, number, number, number][]): CustomerColumns => ({
	ids: list.map((c) => c[0]),
	recency: Float64Array.from(list, (c) => c[1]),
	frequency: Float64Array.from(list, (c) => c[2]),
	monetary: Float64Array.from(list, (c) => c[3]),
});
const run = (c: CustomerColumns, options = {}): Segmentation => {
	const r = segmentCustomers(c, options);
	if (!r.ok) throw new Error(r.issues.join());
	return r.value;
};

// The five customers of the RFM unit test. Means: R 49, F 4.6, M 490; revenue 2450.
const five = columns([
	['A', 5, 10, 1000],
	['B', 30, 3, 300],
	['C', 60, 6, 800],
	['D', 120, 1, 50],
	['E', 30, 3, 300],
]);

describe('segmenting a customer base', () => {
	test('five customers: RFM codes and groups, ABC by revenue share before each, pyramid by count', () => {
		const s = run(five);
		const code = (i: number) => `${s.rfm.r[i]}${s.rfm.f[i]}${s.rfm.m[i]}`;
		expect([0, 1, 2, 3, 4].map(code)).toEqual(['555', '322', '244', '111', '322']);
		expect(Array.from(s.rfm.group, (g) => RFM_GROUPS[g])).toEqual([
			'important-value',
			'general-develop',
			'important-keep',
			'general-retain',
			'general-develop',
		]);
		// Sorted by revenue: A 1000 (0 % before), C 800 (40.8 %), B 300 (73.5 %), E 300 (85.7 %), D 50 (98.0 %).
		expect(Array.from(s.abc!.order)).toEqual([0, 2, 1, 4, 3]);
		expect(Array.from(s.abc!.abc, (k) => 'ABC'[k])).toEqual(['A', 'A', 'A', 'C', 'B']);
		// Count share before: 0, 20, 40, 60, 80 % → 顶尖 (below 1 %), then 小客户 for the rest (20 % is not below 20 %).
		expect(Array.from(s.abc!.tier)).toEqual([0, 3, 3, 3, 3]);
		expect(s.abcGroups.map((g) => [g.key, g.count, g.revenue])).toEqual([
			['A', 3, 2100],
			['B', 1, 300],
			['C', 1, 50],
		]);
		expect(s.abc!.cumulative[1]).toBeCloseTo(1800 / 2450, 12);
		expect(s.codeCounts[(3 - 1) * 25 + (2 - 1) * 5 + (2 - 1)]).toBe(2);
		expect(s.rfmGroups.find((g) => g.key === 'general-develop')).toMatchObject({
			count: 2,
			revenue: 600,
			countShare: 0.4,
		});
	});

	test('thresholds for one dimension, quintiles for the others', () => {
		const s = run(five, { thresholds: { recency: [7, 30, 60, 120] } });
		expect(Array.from(s.rfm.r)).toEqual([5, 4, 3, 2, 4]);
		expect(Array.from(s.rfm.f)).toEqual([5, 2, 4, 1, 2]);
	});

	test('nobody spent anything: RFM still works, ABC is left out', () => {
		const s = run(
			columns([
				['x', 1, 1, 0],
				['y', 9, 2, 0],
			]),
		);
		expect(s.abc).toBeNull();
		expect(s.abcGroups).toEqual([]);
		expect(s.rfmGroups.reduce((t, g) => t + g.count, 0)).toBe(2);
	});

	test('rejects no customers and cut-offs out of order', () => {
		expect(segmentCustomers(columns([]))).toEqual({ ok: false, issues: ['no-customers'] });
		expect(segmentCustomers(five, { abc: { a: 0.9, b: 0.8 } })).toEqual({
			ok: false,
			issues: ['bad-cutoffs'],
		});
	});

	test('the Pareto curve is thinned evenly by rank and runs from (0, 0) to (1, 1)', () => {
		expect(paretoPoints(Float64Array.of(0.5, 0.8, 1), 3)).toEqual([
			[0, 0],
			[1 / 3, 0.5],
			[2 / 3, 0.8],
			[1, 1],
		]);
		const s = run(sampleCustomers(1000, 3));
		const p = paretoPoints(s.abc!.cumulative, 100);
		expect(p).toHaveLength(101);
		expect(p.at(-1)).toEqual([1, 1]);
		expect(p.every(([x, y], i) => i === 0 || (x > p[i - 1]![0] && y >= p[i - 1]![1]))).toBe(true);
	});
});

/** A second method, written from the definitions: O(n²) ranks and a sort of objects. */
function reference(c: CustomerColumns) {
	const n = c.ids.length;
	const score = (v: Float64Array, smallerIsBetter: boolean) =>
		Array.from(v, (x) =>
			Math.ceil((5 * (1 + v.filter((y) => (smallerIsBetter ? y > x : y < x)).length)) / n),
		);
	const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / n;
	const [mr, mf, mm] = [mean(c.recency), mean(c.frequency), mean(c.monetary)];
	const names = ['value', 'keep', 'develop', 'retain'];
	const group = c.ids.map((_, i) => {
		const r = c.recency[i]! < mr;
		const f = c.frequency[i]! > mf;
		return `${c.monetary[i]! > mm ? 'important' : 'general'}-${names[r && f ? 0 : f ? 1 : r ? 2 : 3]}`;
	});
	const total = c.monetary.reduce((s, x) => s + x, 0);
	const sorted = c.ids.map((_, i) => i).sort((x, y) => c.monetary[y]! - c.monetary[x]! || x - y);
	const abc: string[] = new Array(n);
	let before = 0;
	for (const i of sorted) {
		abc[i] = before < 0.8 - 1e-12 ? 'A' : before < 0.95 - 1e-12 ? 'B' : 'C';
		before += c.monetary[i]! / total;
	}
	return {
		r: score(c.recency, true),
		f: score(c.frequency, false),
		m: score(c.monetary, false),
		group,
		abc,
	};
}

const customerList = fc.array(
	fc.tuple(
		fc.integer({ min: 0, max: 60 }),
		fc.integer({ min: 0, max: 12 }),
		fc.integer({ min: 0, max: 5000 }),
	),
	{ minLength: 1, maxLength: 60 },
);
const fromTuples = (list: [number, number, number][]) =>
	columns(list.map(([r, f, m], i) => [`c${i}`, r, f, m]));

test('agrees with the definitions computed another way, on any customer base', () => {
	fc.assert(
		fc.property(customerList, (list) => {
			const c = fromTuples(list);
			const s = segmentCustomers(c);
			if (!s.ok) throw new Error('rejected');
			const ref = reference(c);
			expect(Array.from(s.value.rfm.r)).toEqual(ref.r);
			expect(Array.from(s.value.rfm.f)).toEqual(ref.f);
			expect(Array.from(s.value.rfm.m)).toEqual(ref.m);
			expect(Array.from(s.value.rfm.group, (g) => RFM_GROUPS[g])).toEqual(ref.group);
			if (s.value.abc) expect(Array.from(s.value.abc.abc, (k) => 'ABC'[k])).toEqual(ref.abc);
		}),
	);
});

test('every customer is in exactly one group of each scheme; shares sum to 100 %; scaling money changes no class', () => {
	fc.assert(
		fc.property(customerList, fc.integer({ min: 2, max: 1000 }), (list, k) => {
			const c = fromTuples(list);
			const s = run(c);
			for (const groups of [s.rfmGroups, s.abcGroups, s.tierGroups].filter((g) => g.length > 0)) {
				expect(groups.reduce((t, g) => t + g.count, 0)).toBe(c.ids.length);
				expect(groups.reduce((t, g) => t + g.countShare, 0)).toBeCloseTo(1, 9);
			}
			expect(s.codeCounts.reduce((t, x) => t + x, 0)).toBe(c.ids.length);
			const scaled = run({ ...c, monetary: c.monetary.map((x) => x * k) });
			expect(scaled.rfm.m).toEqual(s.rfm.m);
			expect(scaled.rfm.group).toEqual(s.rfm.group);
			expect(scaled.abc?.abc).toEqual(s.abc?.abc);
		}),
	);
});
