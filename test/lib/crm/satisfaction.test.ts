import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	acsiIndex,
	acsiSums,
	attributeTable,
	distributionMean,
	nps,
	satisfactionRatio,
	servqual,
	verdictOf,
	weightedIndex,
	type Outcome,
} from '../../../src/lib/crm/satisfaction';

const value = <T>(o: Outcome<T>): T => {
	if (!o.ok) throw new Error(`unexpected issues ${o.issues.join(', ')}`);
	return o.value;
};

describe('C = P / E', () => {
	test('P = 9, E = 8: C = 1.125, gap 1, relative gap 12.5 %, 满意', () => {
		expect(value(satisfactionRatio(9, 8))).toEqual({
			ratio: 1.125,
			gap: 1,
			relativeGap: 0.125,
			verdict: 'satisfied',
		});
	});

	test('P = 6, E = 8: C = 0.75, gap −2, 不满意; P = E: C = 1, 基本满意', () => {
		expect(value(satisfactionRatio(6, 8))).toMatchObject({
			ratio: 0.75,
			gap: -2,
			verdict: 'dissatisfied',
		});
		expect(value(satisfactionRatio(7, 7)).verdict).toBe('neutral');
	});

	test('boundaries of the ±5 % band count as 基本满意: 95 / 100 and 105 / 100', () => {
		expect(value(satisfactionRatio(95, 100)).verdict).toBe('neutral');
		expect(value(satisfactionRatio(105, 100)).verdict).toBe('neutral');
		expect(value(satisfactionRatio(94.9, 100)).verdict).toBe('dissatisfied');
		expect(value(satisfactionRatio(105.1, 100)).verdict).toBe('satisfied');
		expect(verdictOf(1 - 0.05)).toBe('neutral');
		expect(verdictOf(1.1, 0.1)).toBe('neutral');
	});

	test('rejects zero expectation and negative scores', () => {
		expect(satisfactionRatio(5, 0)).toEqual({ ok: false, issues: ['zero-expectation'] });
		expect(satisfactionRatio(-1, 5)).toEqual({ ok: false, issues: ['negative-score'] });
	});
});

describe('attribute table', () => {
	test('two attributes E 8/8, P 9/6, weights 3/1: C 1.125 and 0.75; overall (3 × 1.125 + 0.75) / 4 = 1.03125', () => {
		const t = value(
			attributeTable([
				{ expected: 8, perceived: 9, weight: 3 },
				{ expected: 8, perceived: 6, weight: 1 },
			]),
		);
		expect(t.rows.map((r) => r.ratio)).toEqual([1.125, 0.75]);
		expect(t.ratio).toBeCloseTo(1.03125, 12);
		expect(t.gap).toBeCloseTo((3 * 1 + 1 * -2) / 4, 12);
		expect(t.verdict).toBe('neutral');
	});

	test('rejects weights that sum to 0, negative weights, an empty table and a zero expectation in any row', () => {
		expect(attributeTable([{ expected: 8, perceived: 9, weight: 0 }])).toEqual({
			ok: false,
			issues: ['weights-zero'],
		});
		expect(attributeTable([{ expected: 8, perceived: 9, weight: -1 }])).toEqual({
			ok: false,
			issues: ['negative-weight'],
		});
		expect(attributeTable([])).toEqual({ ok: false, issues: ['no-rows'] });
		expect(attributeTable([{ expected: 0, perceived: 9, weight: 1 }])).toEqual({
			ok: false,
			issues: ['zero-expectation'],
		});
	});
});

describe('weighted index and ACSI', () => {
	test('scores 4, 3, 5 with weights .5, .3, .2 on 1–5: mean 3.9, index (3.9 − 1) / 4 × 100 = 72.5', () => {
		const r = value(weightedIndex([4, 3, 5], [0.5, 0.3, 0.2], { min: 1, max: 5 }));
		expect(r.mean).toBeCloseTo(3.9, 12);
		expect(r.index).toBeCloseTo(72.5, 10);
	});

	test('ACSI: means 8, 7, 9 with weights .4, .3, .3 → (.4 × 7 + .3 × 6 + .3 × 8) / 9 × 100 = 7 / 9 × 100 = 77.78', () => {
		expect(value(acsiIndex([8, 7, 9], [0.4, 0.3, 0.3]))).toBeCloseTo(700 / 9, 10);
	});

	test('ACSI sums: Σ w (X̄ − 1) and Σ w, which give the index as weighted / (9 Σ w) × 100', () => {
		const s = acsiSums([8, 7, 9], [0.4, 0.3, 0.3]);
		expect(s.weighted).toBeCloseTo(2.8 + 1.8 + 2.4, 12);
		expect(s.totalWeight).toBeCloseTo(1, 12);
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						m: fc.double({ min: 1, max: 10, noNaN: true }),
						w: fc.integer({ min: 1, max: 9 }),
					}),
					{ minLength: 1, maxLength: 6 },
				),
				(rows) => {
					const means = rows.map((r) => r.m);
					const weights = rows.map((r) => r.w);
					const { weighted, totalWeight } = acsiSums(means, weights);
					expect((weighted / (9 * totalWeight)) * 100).toBeCloseTo(
						value(acsiIndex(means, weights)),
						8,
					);
				},
			),
		);
	});

	test('rejects scores outside the scale, weights that sum to 0 and a scale with max ≤ min', () => {
		expect(acsiIndex([11, 7], [1, 1])).toEqual({ ok: false, issues: ['score-out-of-scale'] });
		expect(acsiIndex([0, 7], [1, 1])).toEqual({ ok: false, issues: ['score-out-of-scale'] });
		expect(acsiIndex([8, 7], [0, 0])).toEqual({ ok: false, issues: ['weights-zero'] });
		expect(weightedIndex([3], [1], { min: 5, max: 5 })).toEqual({
			ok: false,
			issues: ['bad-scale'],
		});
	});
});

describe('SERVQUAL', () => {
	const items = [
		{ dimension: 'tangibles', expected: 6, perceived: 5 },
		{ dimension: 'tangibles', expected: 6, perceived: 6 },
		{ dimension: 'reliability', expected: 7, perceived: 5 },
		{ dimension: 'responsiveness', expected: 6, perceived: 6.5 },
	];

	test('dimension gaps: tangibles (5.5 − 6) = −0.5, reliability −2, responsiveness +0.5; mean −2/3', () => {
		const r = value(servqual(items));
		expect(r.dimensions.map((d) => [d.dimension, d.items, d.gap])).toEqual([
			['tangibles', 2, -0.5],
			['reliability', 1, -2],
			['responsiveness', 1, 0.5],
		]);
		expect(r.gap).toBeCloseTo(-2 / 3, 12);
		expect(r.weightedGap).toBeCloseTo(-2 / 3, 12);
	});

	test('importance weights 0.2 / 0.5 / 0.3 → 0.2 × −0.5 + 0.5 × −2 + 0.3 × 0.5 = −0.95', () => {
		const r = value(servqual(items, { tangibles: 0.2, reliability: 0.5, responsiveness: 0.3 }));
		expect(r.weightedGap).toBeCloseTo(-0.95, 12);
	});

	test('rejects no items, negative scores and importance weights that sum to 0', () => {
		expect(servqual([])).toEqual({ ok: false, issues: ['no-rows'] });
		expect(servqual([{ dimension: 'empathy', expected: -1, perceived: 3 }])).toEqual({
			ok: false,
			issues: ['negative-score'],
		});
		expect(servqual(items, {})).toEqual({ ok: false, issues: ['weights-zero'] });
	});
});

describe('response distribution and NPS', () => {
	test('5-point counts 2, 3, 10, 25, 10: (2 + 6 + 30 + 100 + 50) / 50 = 3.76, index 69', () => {
		const r = value(distributionMean([2, 3, 10, 25, 10]));
		expect(r.mean).toBeCloseTo(3.76, 12);
		expect(r.responses).toBe(50);
		expect(r.index).toBeCloseTo(69, 10);
		expect(r.shares).toEqual([0.04, 0.06, 0.2, 0.5, 0.2]);
	});

	test('NPS: 10 detractors, 20 passives, 30 promoters of 60 → 50 % − 16.7 % = 33.3', () => {
		const r = value(nps([0, 0, 0, 0, 0, 5, 5, 10, 10, 20, 10]));
		expect(r).toMatchObject({ responses: 60, promoters: 30, passives: 20, detractors: 10 });
		expect(r.nps).toBeCloseTo(100 / 3, 10);
	});

	test('all promoters → 100; all detractors → −100', () => {
		expect(value(nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0])).nps).toBe(100);
		expect(value(nps([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).nps).toBe(-100);
	});

	test('rejects negative, fractional and empty counts, and the wrong number of scale points', () => {
		expect(distributionMean([2, -1, 3])).toEqual({ ok: false, issues: ['negative-count'] });
		expect(distributionMean([2, 1.5, 3])).toEqual({ ok: false, issues: ['fractional-count'] });
		expect(distributionMean([0, 0, 0])).toEqual({ ok: false, issues: ['no-responses'] });
		expect(nps([1, 2, 3])).toEqual({ ok: false, issues: ['wrong-count-length'] });
	});
});

describe('properties', () => {
	const score = fc.integer({ min: 1, max: 10 });
	const weight = fc.integer({ min: 0, max: 100 });
	const rows = fc
		.array(fc.tuple(score, weight), { minLength: 1, maxLength: 12 })
		.filter((r) => r.some(([, w]) => w > 0));

	test('every index stays in 0–100', () => {
		fc.assert(
			fc.property(rows, (r) => {
				const index = value(
					acsiIndex(
						r.map(([s]) => s),
						r.map(([, w]) => w),
					),
				);
				expect(index).toBeGreaterThanOrEqual(0);
				expect(index).toBeLessThanOrEqual(100);
			}),
		);
		fc.assert(
			fc.property(
				fc
					.array(fc.integer({ min: 0, max: 1000 }), { minLength: 11, maxLength: 11 })
					.filter((c) => c.some((x) => x > 0)),
				(counts) => {
					const r = value(nps(counts));
					expect(r.nps).toBeGreaterThanOrEqual(-100);
					expect(r.nps).toBeLessThanOrEqual(100);
					expect(r.promoterShare + r.passiveShare + r.detractorShare).toBeCloseTo(1, 12);
				},
			),
		);
	});

	test('multiplying all weights by the same positive number changes no index', () => {
		fc.assert(
			fc.property(rows, fc.integer({ min: 1, max: 1000 }), (r, k) => {
				const a = value(
					acsiIndex(
						r.map(([s]) => s),
						r.map(([, w]) => w),
					),
				);
				const b = value(
					acsiIndex(
						r.map(([s]) => s),
						r.map(([, w]) => w * k),
					),
				);
				expect(b).toBeCloseTo(a, 9);
			}),
		);
	});

	test('the distribution mean lies between the lowest and highest point chosen', () => {
		fc.assert(
			fc.property(
				fc
					.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 11 })
					.filter((c) => c.some((x) => x > 0)),
				(counts) => {
					const { mean } = value(distributionMean(counts));
					const chosen = counts.flatMap((c, j) => (c > 0 ? [j + 1] : []));
					expect(mean).toBeGreaterThanOrEqual(Math.min(...chosen) - 1e-12);
					expect(mean).toBeLessThanOrEqual(Math.max(...chosen) + 1e-12);
				},
			),
		);
	});

	test('raising perception never lowers C or the verdict', () => {
		const rank = { dissatisfied: 0, neutral: 1, satisfied: 2 } as const;
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100 }),
				fc.integer({ min: 0, max: 100 }),
				fc.integer({ min: 0, max: 50 }),
				(e, p, d) => {
					const a = value(satisfactionRatio(p, e));
					const b = value(satisfactionRatio(p + d, e));
					expect(b.ratio).toBeGreaterThanOrEqual(a.ratio);
					expect(rank[b.verdict]).toBeGreaterThanOrEqual(rank[a.verdict]);
				},
			),
		);
	});
});
