import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { profitByStage, stageSeries, toLevels, type Stage } from '../../../src/lib/crm/lifecycle';

const stages = (levels: number[], th = {}) => stageSeries(levels, th).periods.map((p) => p.stage);

describe('stages, period by period', () => {
	test('考察 → 形成 → 稳定 → 稳定: 10 %, 40 %, 85 %, 90 % is 长久保持型', () => {
		const r = stageSeries([0.1, 0.4, 0.85, 0.9]);
		expect(r.periods.map((p) => [p.stage, p.reason])).toEqual([
			['exploration', 'below-formation'],
			['formation', 'in-formation-band'],
			['stability', 'at-or-above-stability'],
			['stability', 'at-or-above-stability'],
		]);
		expect(r.pattern).toBe('long-term');
	});

	test('a fall of more than 10 points from the peak after formation is 退化期: 40, 60, 45', () => {
		// 60 − 45 = 15 points > 10
		expect(stages([0.4, 0.6, 0.45])).toEqual(['formation', 'formation', 'decline']);
		expect(stageSeries([0.4, 0.6, 0.45]).pattern).toBe('mid-abort');
	});

	test('exactly 10 points below the peak is not yet decline; just over is', () => {
		expect(stages([0.4, 0.6, 0.5])).toEqual(['formation', 'formation', 'formation']);
		expect(stages([0.4, 0.6, 0.499])).toEqual(['formation', 'formation', 'decline']);
	});

	test('boundaries: 30 % is 形成期 and 80 % is 稳定期 (thresholds count upwards)', () => {
		expect(stages([0.29, 0.3, 0.8])).toEqual(['exploration', 'formation', 'stability']);
	});

	test('below 80 % after 稳定期 is decline even within 10 points: 85, 78 → 提前退出型', () => {
		expect(stages([0.85, 0.78])).toEqual(['stability', 'decline']);
		expect(stageSeries([0.5, 0.85, 0.78]).pattern).toBe('early-exit');
	});

	test('a level of 0 ends the relationship for good: 10, 20, 0, 50', () => {
		const r = stageSeries([0.1, 0.2, 0, 0.5]);
		expect(r.periods.map((p) => [p.stage, p.reason])).toEqual([
			['exploration', 'below-formation'],
			['exploration', 'below-formation'],
			['ended', 'zero-level'],
			['ended', 'after-end'],
		]);
		expect(r.pattern).toBe('early-abort');
	});

	test('falling back below 30 % after 形成期 is decline, not 考察期: 35, 28', () => {
		expect(stages([0.35, 0.28])).toEqual(['formation', 'decline']);
	});

	test('thresholds are parameters: with formation 0.2 and stability 0.7, 25 % and 70 % move up a stage', () => {
		expect(stages([0.25, 0.7], { formation: 0.2, stability: 0.7 })).toEqual([
			'formation',
			'stability',
		]);
	});
});

describe('patterns', () => {
	test.each([
		[[0.1, 0.15, 0], 'early-abort'],
		[[0.1, 0.15, 0.2], 'too-early'],
		[[0.2, 0.5, 0.6, 0], 'mid-abort'],
		[[0.2, 0.5, 0.6], 'too-early'],
		[[0.5, 0.9, 0.95, 0.6], 'early-exit'],
		[[0.5, 0.9, 0.95, 0], 'early-exit'],
		[[0.5, 0.9, 0.95, 0.92], 'long-term'],
		[[0.5, 0.6, 0.9], 'too-early'],
	])('%j → %s', (levels, pattern) => {
		expect(stageSeries(levels).pattern).toBe(pattern);
	});

	test('a single period, a flat series and an empty series', () => {
		expect(stageSeries([0.9]).pattern).toBe('too-early');
		expect(stageSeries([0.5, 0.5, 0.5, 0.5]).pattern).toBe('too-early');
		expect(stageSeries([0.9, 0.9, 0.9]).pattern).toBe('long-term');
		expect(stageSeries([]).periods).toEqual([]);
	});
});

test('amounts become levels of the potential; without one the peak stands in', () => {
	expect(toLevels([20, 50, 100], 200)).toEqual({
		levels: [0.1, 0.25, 0.5],
		potentialFromPeak: false,
	});
	expect(toLevels([20, 50, 100])).toEqual({ levels: [0.2, 0.5, 1], potentialFromPeak: true });
	expect(toLevels([0, 0])).toEqual({ levels: [0, 0], potentialFromPeak: true });
});

test('profit per stage and break-even: revenue 0, 50, 120, 150; cost 40, 30, 20, 20 → cumulative −40, −20, 80, 210; break-even in period 3', () => {
	const r = profitByStage(
		[0, 50, 120, 150],
		[40, 30, 20, 20],
		['exploration', 'formation', 'stability', 'stability'],
	);
	expect(r.cumulative).toEqual([-40, -20, 80, 210]);
	expect(r.breakEven).toBe(3);
	expect(r.byStage).toEqual({
		exploration: { cost: 40, profit: -40, periods: 1 },
		formation: { cost: 30, profit: 20, periods: 1 },
		stability: { cost: 40, profit: 230, periods: 2 },
	});
});

test('every period gets exactly one stage, and nothing follows an end but ended', () => {
	const level = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }));
	fc.assert(
		fc.property(fc.array(level, { maxLength: 30 }), (levels) => {
			const { periods } = stageSeries(levels);
			expect(periods).toHaveLength(levels.length);
			const valid: Stage[] = ['exploration', 'formation', 'stability', 'decline', 'ended'];
			const firstEnd = periods.findIndex((p) => p.stage === 'ended');
			periods.forEach((p, i) => {
				expect(valid).toContain(p.stage);
				if (firstEnd >= 0 && i >= firstEnd) expect(p.stage).toBe('ended');
				if (p.stage === 'exploration')
					expect(periods.slice(0, i).every((q) => q.stage === 'exploration')).toBe(true);
			});
		}),
	);
});
