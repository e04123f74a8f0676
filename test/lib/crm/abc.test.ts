import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyAbc, profitMatrix } from '../../../src/lib/crm/abc';

const eight = [500, 200, 100, 80, 50, 40, 20, 10].map((revenue, i) => ({
	id: `c${i + 1}`,
	revenue,
}));
const classes = (list: { id: string; revenue: number }[], options = {}) => {
	const r = classifyAbc(list, options);
	if (!r.ok) throw new Error(r.issues.join());
	return r.value.rows;
};

describe('ABC', () => {
	test('revenue 500, 200, 100, 80, 50, 40, 20, 10 (total 1000): shares before 0, 50, 70 % → A; 80, 88, 93 % → B; 97, 99 % → C', () => {
		expect(
			classes(eight)
				.map((r) => r.abc)
				.join(''),
		).toBe('AAABBBCC');
	});

	test('the customer that crosses 80 % is A; exactly 80 % before it is B', () => {
		expect(
			classes([
				{ id: 'a', revenue: 70 },
				{ id: 'b', revenue: 20 },
				{ id: 'c', revenue: 10 },
			]).map((r) => r.abc),
		).toEqual(['A', 'A', 'B']);
		expect(
			classes([
				{ id: 'a', revenue: 80 },
				{ id: 'b', revenue: 20 },
			]).map((r) => r.abc),
		).toEqual(['A', 'B']);
	});

	test('one customer holds everything; all customers equal', () => {
		expect(
			classes([
				{ id: 'a', revenue: 0 },
				{ id: 'b', revenue: 100 },
				{ id: 'c', revenue: 0 },
			]).map((r) => [r.id, r.abc]),
		).toEqual([
			['b', 'A'],
			['a', 'C'],
			['c', 'C'],
		]);
		expect(
			classes([25, 25, 25, 25].map((revenue, i) => ({ id: String(i), revenue }))).map((r) => r.abc),
		).toEqual(['A', 'A', 'A', 'A']);
	});

	test('cut-offs are editable: with 70 / 90 %, shares before of 0, 50 % → A; 70, 80, 88 % → B; 93 % and over → C', () => {
		expect(
			classes(eight, { a: 0.7, b: 0.9 })
				.map((r) => r.abc)
				.join(''),
		).toBe('AABBBCCC');
	});

	test('the pyramid by count share before each customer: 8 customers → 顶尖 1 (0 %), 普通 1 (12.5 %), 小客户 6', () => {
		expect(classes(eight).map((r) => r.tier)).toEqual([
			'top',
			'ordinary',
			'small',
			'small',
			'small',
			'small',
			'small',
			'small',
		]);
		const hundred = classes(
			Array.from({ length: 100 }, (_, i) => ({ id: String(i), revenue: 100 - i })),
		);
		const count = (t: string) => hundred.filter((r) => r.tier === t).length;
		expect([count('top'), count('major'), count('ordinary'), count('small')]).toEqual([
			1, 4, 15, 80,
		]);
	});

	test('the Pareto curve starts at 0 and ends at 100 % of both', () => {
		const r = classifyAbc(eight);
		if (!r.ok) throw new Error('unexpected');
		expect(r.value.pareto[0]).toEqual({ customers: 0, revenue: 0 });
		expect(r.value.pareto.at(-1)).toEqual({ customers: 1, revenue: 1 });
		expect(r.value.pareto[1]).toEqual({ customers: 0.125, revenue: 0.5 });
	});

	test('rejects no customers, negative revenue, zero total and cut-offs out of order', () => {
		expect(classifyAbc([])).toEqual({ ok: false, issues: ['no-customers'] });
		expect(classifyAbc([{ id: 'a', revenue: -1 }])).toEqual({
			ok: false,
			issues: ['negative-revenue'],
		});
		expect(classifyAbc([{ id: 'a', revenue: 0 }])).toEqual({ ok: false, issues: ['no-revenue'] });
		expect(classifyAbc(eight, { a: 0.9, b: 0.8 })).toEqual({ ok: false, issues: ['bad-cutoffs'] });
	});

	test('scaling all revenue by a constant changes no class; shares sum to 100 %', () => {
		fc.assert(
			fc.property(
				fc
					.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 80 })
					.filter((xs) => xs.some((x) => x > 0)),
				fc.integer({ min: 2, max: 1000 }),
				(xs, k) => {
					const list = xs.map((revenue, i) => ({ id: String(i), revenue }));
					const a = classes(list);
					const b = classes(list.map((c) => ({ ...c, revenue: c.revenue * k })));
					expect(b.map((r) => [r.id, r.abc, r.tier])).toEqual(a.map((r) => [r.id, r.abc, r.tier]));
					expect(a.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
				},
			),
		);
	});
});

test('profit matrix: totals per customer and product, and which lose money', () => {
	const m = profitMatrix([
		[30, -10, 5],
		[-5, -20, 10],
		[12, 8, -3],
	]);
	expect(m.rowTotals).toEqual([25, -15, 17]);
	expect(m.columnTotals).toEqual([37, -22, 12]);
	expect(m.total).toBe(27);
	expect(m.losingCustomers).toEqual([1]);
	expect(m.losingProducts).toEqual([1]);
});
