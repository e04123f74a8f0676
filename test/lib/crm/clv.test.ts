import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	annuityFactor,
	CLV_MODELS,
	computeClv,
	discountFactor,
	roundFactor,
	spendValue,
	type ClvInput,
	type ClvModel,
	type ClvResult,
} from '../../../src/lib/crm/clv';

/** The textbook exercise: Co = 500, Po = 3000, In = 1000, Cs = 100, r = 8 %, n = 10. */
const exercise: ClvInput = {
	acquisitionCost: 500,
	firstPurchase: 3000,
	yearlyRevenue: 1000,
	yearlyCost: 100,
	years: 10,
	discountRate: 0.08,
	retentionRate: 1,
	timing: 'end',
	factors: 'exact',
};

function clv(model: ClvModel, input: Partial<ClvInput> = {}): ClvResult {
	const outcome = computeClv(model, { ...exercise, ...input });
	if (!outcome.ok) throw new Error(`unexpected ${outcome.issues[0]}`);
	return outcome.value;
}

// Worked by hand: 1.08^10 = 2.158924997, so (1 − 1/2.158924997) / 0.08 = 6.710081399 (年金现值系数).
const ANNUITY_8_10 = 6.710081399;

describe('textbook exercise (Co=500, Po=3000, In=1000, Cs=100, r=8%, n=10)', () => {
	test('undiscounted: 3000 − 500 + 10 × (1000 − 100) = 11,500', () => {
		expect(clv('undiscounted').total).toBe(11500);
	});

	test('discounted: 2500 + 900 × 6.710081399 = 8,539.07', () => {
		expect(clv('discounted').total).toBeCloseTo(2500 + 900 * ANNUITY_8_10, 6);
		expect(clv('discounted').total.toFixed(2)).toBe('8539.07');
	});

	test('the schedule: year 0 is Po − Co; year 1 is 900 / 1.08 = 833.33; year 10 is 900 / 2.158925 = 416.87', () => {
		const { rows } = clv('discounted');
		expect(rows).toHaveLength(11);
		expect(rows[0]).toEqual({
			year: 0,
			revenue: 3000,
			cost: 500,
			net: 2500,
			factor: 1,
			presentValue: 2500,
			cumulative: 2500,
		});
		expect(rows[1]!.factor).toBeCloseTo(0.9259259, 7);
		expect(rows[1]!.presentValue).toBeCloseTo(833.333333, 5);
		expect(rows[1]!.cumulative).toBeCloseTo(3333.333333, 5);
		expect(rows[10]!.presentValue).toBeCloseTo(900 / 2.158924997, 5);
		expect(rows[10]!.cumulative).toBeCloseTo(8539.073259, 5);
	});

	test('with table factors the yearly 4-decimal factors sum to 6.7100 → 8,539.00; the annuity table factor 6.7101 → 8,539.09', () => {
		const table = clv('discounted', { factors: 'table' });
		expect(table.rows.slice(1).map((r) => r.factor)).toEqual([
			0.9259, 0.8573, 0.7938, 0.735, 0.6806, 0.6302, 0.5835, 0.5403, 0.5002, 0.4632,
		]);
		expect(table.total).toBeCloseTo(8539.0, 6);
		expect(table.annuity).toEqual({ factor: 6.7101, value: expect.closeTo(8539.09, 6) });
	});

	test('payback is year 0 (Po exceeds Co) and LTV : CAC is (8539.07 + 500) / 500 = 18.08', () => {
		const result = clv('discounted');
		expect(result.payback).toBe(0);
		expect(result.ltvToCac).toBeCloseTo((2500 + 900 * ANNUITY_8_10 + 500) / 500, 6);
	});
});

describe('customers A and B (In 500/550, Cs 200/300, n = 10; no Co or Po; r = 8 %)', () => {
	const a = { acquisitionCost: 0, firstPurchase: 0, yearlyRevenue: 500, yearlyCost: 200 };
	const b = { acquisitionCost: 0, firstPurchase: 0, yearlyRevenue: 550, yearlyCost: 300 };

	test('undiscounted: A = 10 × 300 = 3,000; B = 10 × 250 = 2,500', () => {
		expect(clv('undiscounted', a).total).toBe(3000);
		expect(clv('undiscounted', b).total).toBe(2500);
	});

	test('discounted: A = 300 × 6.710081 = 2,013.02; B = 250 × 6.710081 = 1,677.52', () => {
		expect(clv('discounted', a).total).toBeCloseTo(300 * ANNUITY_8_10, 5);
		expect(clv('discounted', b).total).toBeCloseTo(250 * ANNUITY_8_10, 5);
		expect(clv('discounted', a).total.toFixed(2)).toBe('2013.02');
		expect(clv('discounted', b).total.toFixed(2)).toBe('1677.52');
	});

	test('without acquisition cost there is no LTV : CAC', () => {
		expect(clv('discounted', a).ltvToCac).toBeNull();
	});
});

test('Stew Leonard: $100 a week × 50 weeks × 10 years = $50,000', () => {
	expect(spendValue(100, 50, 10)).toBe(50000);
});

describe('retention and the infinite horizon', () => {
	const base = {
		acquisitionCost: 0,
		firstPurchase: 0,
		yearlyRevenue: 100,
		yearlyCost: 0,
		discountRate: 0.1,
		retentionRate: 0.8,
		years: 3,
	};

	test('p = 0.8, r = 10 %, m = 100, n = 3: 100 × (0.8/1.1 + 0.64/1.21 + 0.512/1.331) = 164.09', () => {
		const expected = 100 * (0.8 / 1.1 + 0.64 / 1.21 + 0.512 / 1.331);
		expect(expected).toBeCloseTo(164.0872, 4);
		expect(clv('retention', base).total).toBeCloseTo(expected, 9);
	});

	test('infinite horizon: 100 × 0.8 / (1 + 0.1 − 0.8) = 266.67, the first 3 years shown and the rest as the tail', () => {
		const result = clv('infinite', base);
		expect(result.total).toBeCloseTo(800 / 3, 9);
		expect(result.rows).toHaveLength(4);
		expect(result.tail).toBeCloseTo(800 / 3 - 164.0872, 4);
	});

	test('infinite horizon with p = 1 and r = 0 diverges and says so', () => {
		expect(computeClv('infinite', { ...exercise, retentionRate: 1, discountRate: 0 })).toEqual({
			ok: false,
			issues: ['diverges'],
		});
	});

	test('p = 1 is the discounted model; p = 0 leaves only Po − Co', () => {
		expect(clv('retention', { retentionRate: 1 }).total).toBeCloseTo(clv('discounted').total, 9);
		expect(clv('retention', { retentionRate: 0 }).total).toBe(2500);
		expect(clv('infinite', { retentionRate: 0 }).total).toBe(2500);
	});
});

describe('edge cases', () => {
	test('r = 0: discounting changes nothing', () => {
		expect(clv('discounted', { discountRate: 0 }).total).toBe(11500);
		expect(annuityFactor(0, 10)).toBe(10);
		expect(discountFactor(0, 7)).toBe(1);
	});

	test('n = 1: one yearly flow, 2500 + 900 / 1.08 = 3,333.33', () => {
		const result = clv('discounted', { years: 1 });
		expect(result.rows).toHaveLength(2);
		expect(result.total).toBeCloseTo(2500 + 900 / 1.08, 9);
	});

	test('mid-year timing discounts by t − 0.5: n = 1 gives 2500 + 900 / √1.08 = 3,366.03', () => {
		expect(clv('discounted', { years: 1, timing: 'mid' }).total).toBeCloseTo(
			2500 + 900 / Math.sqrt(1.08),
			9,
		);
		expect(clv('discounted', { timing: 'mid' }).annuity).toBeNull();
	});

	test('In < Cs gives a negative value and no payback when Po < Co', () => {
		const result = clv('discounted', { yearlyRevenue: 100, yearlyCost: 300, firstPurchase: 0 });
		expect(result.total).toBeCloseTo(-500 - 200 * ANNUITY_8_10, 6);
		expect(result.payback).toBeNull();
	});

	test('payback: Co = 5000, margin 900, r = 0 → cumulative turns positive in year 6 (5000 / 900 = 5.6)', () => {
		expect(clv('undiscounted', { acquisitionCost: 5000, firstPurchase: 0 }).payback).toBe(6);
	});

	test('n = 100 stays finite and the last factor is 1.08^−100 ≈ 0.000455', () => {
		const result = clv('discounted', { years: 100 });
		expect(result.rows).toHaveLength(101);
		expect(result.rows[100]!.factor).toBeCloseTo(1 / 2199.761256, 9);
		expect(Number.isFinite(result.total)).toBe(true);
	});

	test('roundFactor rounds halves up despite binary noise', () => {
		expect(roundFactor(0.46325)).toBe(0.4633);
		expect(roundFactor(0.463193488)).toBe(0.4632);
		expect(roundFactor(1)).toBe(1);
		expect(roundFactor(0)).toBe(0);
	});
});

const money = fc.integer({ min: 0, max: 100_000 });
const arbInput = fc.record({
	acquisitionCost: money,
	firstPurchase: money,
	yearlyRevenue: money,
	yearlyCost: money,
	years: fc.integer({ min: 1, max: 100 }),
	discountRate: fc.integer({ min: 0, max: 50 }).map((x) => x / 100),
	retentionRate: fc.integer({ min: 0, max: 99 }).map((x) => x / 100),
	timing: fc.constantFrom<'end' | 'mid'>('end', 'mid'),
	factors: fc.constantFrom<'exact' | 'table'>('exact', 'table'),
});
const positive = arbInput.filter((i) => i.yearlyRevenue > i.yearlyCost);
const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe('properties', () => {
	test('every finite model: the last cumulative equals the total, and equals Po − Co + Σ present values', () => {
		fc.assert(
			fc.property(
				arbInput,
				fc.constantFrom<ClvModel>('undiscounted', 'discounted', 'retention'),
				(input, model) => {
					const { rows, total } = clv(model, input);
					const sum = rows.reduce((s, r) => s + r.presentValue, 0);
					expect(rows.at(-1)!.cumulative).toBe(total);
					expect(Math.abs(sum - total)).toBeLessThan(1e-6 * Math.max(1, Math.abs(total)));
				},
			),
		);
	});

	test('CLV does not decrease when retention rises (positive flows)', () => {
		fc.assert(
			fc.property(positive, fc.integer({ min: 0, max: 99 }), (input, q) => {
				const [lo, hi] = [
					Math.min(input.retentionRate, q / 100),
					Math.max(input.retentionRate, q / 100),
				];
				for (const model of ['retention', 'infinite'] as const) {
					const a = clv(model, { ...input, retentionRate: lo }).total;
					const b = clv(model, { ...input, retentionRate: hi }).total;
					expect(b).toBeGreaterThanOrEqual(a - tol(a));
				}
			}),
		);
	});

	test('CLV does not decrease when In rises, for every model', () => {
		fc.assert(
			fc.property(arbInput, fc.integer({ min: 0, max: 10_000 }), (input, extra) => {
				for (const model of CLV_MODELS) {
					const a = clv(model, input).total;
					const b = clv(model, { ...input, yearlyRevenue: input.yearlyRevenue + extra }).total;
					expect(b).toBeGreaterThanOrEqual(a - tol(a));
				}
			}),
		);
	});

	test('CLV does not increase when r or Cs rises (positive flows)', () => {
		fc.assert(
			fc.property(positive, fc.integer({ min: 1, max: 20 }), (input, bump) => {
				for (const model of CLV_MODELS) {
					const base = clv(model, input).total;
					const dearer = clv(model, {
						...input,
						discountRate: input.discountRate + bump / 100,
					}).total;
					const costlier = clv(model, {
						...input,
						yearlyCost: Math.min(input.yearlyRevenue, input.yearlyCost + bump),
					}).total;
					expect(dearer).toBeLessThanOrEqual(base + tol(base));
					expect(costlier).toBeLessThanOrEqual(base + tol(base));
				}
			}),
		);
	});

	test('discounted ≤ undiscounted for positive flows; retention ≤ discounted; the infinite horizon ≥ the first n years', () => {
		fc.assert(
			fc.property(
				positive.map((i) => ({ ...i, factors: 'exact' as const })),
				(input) => {
					const undiscounted = clv('undiscounted', input).total;
					const discounted = clv('discounted', input).total;
					const retained = clv('retention', input).total;
					const infinite = clv('infinite', input).total;
					expect(discounted).toBeLessThanOrEqual(undiscounted + tol(undiscounted));
					expect(retained).toBeLessThanOrEqual(discounted + tol(discounted));
					expect(infinite).toBeGreaterThanOrEqual(retained - tol(retained));
				},
			),
		);
	});

	test('table factors are within half a unit of the 4th decimal of the exact ones', () => {
		fc.assert(
			fc.property(arbInput, (input) => {
				const exact = clv('retention', { ...input, factors: 'exact' }).rows;
				const table = clv('retention', { ...input, factors: 'table' }).rows;
				exact.forEach((row, i) =>
					expect(Math.abs(row.factor - table[i]!.factor)).toBeLessThanOrEqual(0.00005 + 1e-12),
				);
			}),
		);
	});

	test('no NaN or Infinity in any result', () => {
		fc.assert(
			fc.property(arbInput, fc.constantFrom(...CLV_MODELS), (input, model) => {
				const outcome = computeClv(model, input);
				if (!outcome.ok) return;
				const numbers = outcome.value.rows
					.flatMap((r) => Object.values(r))
					.concat(outcome.value.total, outcome.value.tail);
				for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
			}),
		);
	});
});
