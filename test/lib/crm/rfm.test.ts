import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	analyseRfm,
	quintileScores,
	thresholdScore,
	type RfmCustomer,
} from '../../../src/lib/crm/rfm';

const five: RfmCustomer[] = [
	{ id: 'A', recency: 5, frequency: 10, monetary: 1000 },
	{ id: 'B', recency: 30, frequency: 3, monetary: 300 },
	{ id: 'C', recency: 60, frequency: 6, monetary: 800 },
	{ id: 'D', recency: 120, frequency: 1, monetary: 50 },
	{ id: 'E', recency: 30, frequency: 3, monetary: 300 },
];

describe('quintile scores (pandas rank method="min", pct=True)', () => {
	test('recency: worst first D 120, C 60, B = E 30, A 5 → ranks 1, 2, 3, 3, 5 → scores D1 C2 B3 E3 A5; score 4 unused', () => {
		expect(
			quintileScores(
				five.map((c) => c.recency),
				true,
			),
		).toEqual([5, 3, 2, 1, 3]);
	});

	test('frequency: D 1, B = E 3, C 6, A 10 → ranks 1, 2, 2, 4, 5', () => {
		expect(
			quintileScores(
				five.map((c) => c.frequency),
				false,
			),
		).toEqual([5, 2, 4, 1, 2]);
	});

	test('ten distinct values: ⌈5 · rank / 10⌉ = 1, 1, 2, 2, 3, 3, 4, 4, 5, 5', () => {
		expect(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], false)).toEqual([
			1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
		]);
	});

	test('fewer customers than scores: 2 customers get ⌈5 · 1 / 2⌉ = 3 and 5; one customer gets 5', () => {
		expect(quintileScores([10, 20], false)).toEqual([3, 5]);
		expect(quintileScores([7], true)).toEqual([5]);
	});
});

test('threshold scores with the seed table ≤ 7 / 30 / 60 / 120 days', () => {
	expect(
		[5, 7, 8, 30, 45, 60, 120, 121].map((d) => thresholdScore(d, [7, 30, 60, 120], true)),
	).toEqual([5, 5, 4, 4, 3, 3, 2, 1]);
	expect([0, 1, 2, 5, 10].map((f) => thresholdScore(f, [1, 2, 5, 10], false))).toEqual([
		1, 2, 3, 4, 5,
	]);
});

describe('analyseRfm', () => {
	test('codes, means (R 49, F 4.6, M 490) and the eight groups', () => {
		const r = analyseRfm(five);
		if (!r.ok) throw new Error('unexpected');
		expect(r.value.rows.map((x) => [x.id, x.code, x.group])).toEqual([
			['A', '555', 'important-value'],
			['B', '322', 'general-develop'],
			['C', '244', 'important-keep'],
			['D', '111', 'general-retain'],
			['E', '322', 'general-develop'],
		]);
		expect(r.value.means).toEqual({ recency: 49, frequency: 4.6, monetary: 490 });
		const g = Object.fromEntries(r.value.groups.map((x) => [x.group, [x.count, x.revenue]]));
		expect(g['important-value']).toEqual([1, 1000]);
		expect(g['general-develop']).toEqual([2, 600]);
		expect(g['important-keep']).toEqual([1, 800]);
		expect(g['general-retain']).toEqual([1, 50]);
		expect(r.value.emptyScores).toEqual({ recency: [4], frequency: [3], monetary: [3] });
	});

	test('exactly on the mean counts as not better (strict comparison)', () => {
		const r = analyseRfm([
			{ id: 'x', recency: 10, frequency: 2, monetary: 100 },
			{ id: 'y', recency: 10, frequency: 2, monetary: 100 },
		]);
		expect(r.ok && r.value.rows.map((x) => x.group)).toEqual(['general-retain', 'general-retain']);
	});

	test('rejects an empty list and negative values', () => {
		expect(analyseRfm([])).toEqual({ ok: false, issues: ['no-customers'] });
		expect(analyseRfm([{ id: 'x', recency: -1, frequency: 1, monetary: 1 }])).toEqual({
			ok: false,
			issues: ['negative-value'],
		});
	});
});

const customer = fc.record({
	id: fc.string({ maxLength: 3 }),
	recency: fc.integer({ min: 0, max: 400 }),
	frequency: fc.integer({ min: 0, max: 30 }),
	monetary: fc.integer({ min: 0, max: 10_000 }),
});

test('scores are 1–5, equal values get equal scores, shares sum to 100 %, scaling money changes no score', () => {
	fc.assert(
		fc.property(
			fc.array(customer, { minLength: 1, maxLength: 60 }),
			fc.integer({ min: 2, max: 1000 }),
			(list, k) => {
				const r = analyseRfm(list);
				if (!r.ok) throw new Error('unexpected');
				for (const row of r.value.rows)
					for (const s of [row.r, row.f, row.m]) expect(s >= 1 && s <= 5).toBe(true);
				list.forEach((a, i) =>
					list.forEach(
						(b, j) =>
							a.monetary === b.monetary && expect(r.value.rows[i]!.m).toBe(r.value.rows[j]!.m),
					),
				);
				expect(r.value.groups.reduce((s, g) => s + g.countShare, 0)).toBeCloseTo(1, 12);
				const scaled = analyseRfm(list.map((c) => ({ ...c, monetary: c.monetary * k })));
				expect(scaled.ok && scaled.value.rows.map((x) => x.code)).toEqual(
					r.value.rows.map((x) => x.code),
				);
				expect(scaled.ok && scaled.value.rows.map((x) => x.group)).toEqual(
					r.value.rows.map((x) => x.group),
				);
			},
		),
	);
});
