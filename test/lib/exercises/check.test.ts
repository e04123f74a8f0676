import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswer, roundingBand, tolerance } from '../../../src/lib/exercises/check';
import type { Answer, Generated } from '../../../src/lib/exercises/types';

const ex = (answer: Answer, mistakes: Generated['mistakes'] = []) => ({ answer, mistakes });
// Textbook model 3 example: CLV 8539.0730 (exact), 8539.17 with 4-decimal table factors (made up for the test), 11500 undiscounted.
const clv = ex({ kind: 'money', value: 8539.073, decimals: 2 }, [
	{ code: 'no-discount', value: 11500 },
	{ code: 'table-factor', value: 8539.17 },
]);

describe('checking a numeric answer', () => {
	test('within half a unit of the last decimal asked for is right: 8539.07, ¥8,539.07, ８５３９．０７元', () => {
		expect(tolerance({ decimals: 2 })).toBeCloseTo(0.005, 8);
		for (const typed of ['8539.07', '¥8,539.07', '８５３９．０７元', ' 8539.073 ', '8539.0749'])
			expect(checkAnswer(typed, clv)).toEqual({ status: 'correct' });
		expect(checkAnswer('8539.08', clv)).not.toEqual({ status: 'correct' });
	});

	test('a known mistake gets its own hint: forgetting to discount, using table factors', () => {
		expect(checkAnswer('11500', clv)).toEqual({ status: 'mistake', code: 'no-discount' });
		expect(checkAnswer('8539.17', clv)).toEqual({ status: 'mistake', code: 'table-factor' });
	});

	test('off only by rounding: 8539 and 8539.1 are close but not right; 8600 is wrong', () => {
		expect(checkAnswer('8539', clv)).toEqual({ status: 'rounding' });
		expect(checkAnswer('8539.1', clv)).toEqual({ status: 'rounding' });
		expect(checkAnswer('8600', clv)).toEqual({ status: 'wrong' });
		expect(roundingBand(clv.answer)).toBeCloseTo(8.539073, 6);
	});

	test('a score typed as a fraction (0.33 for 33.3) is named; "33.3%" is read as 33.3', () => {
		const nps = ex({ kind: 'points', value: 33.333, decimals: 1 }, [
			{ code: 'fraction', value: 0.33333 },
		]);
		expect(checkAnswer('33.3%', nps)).toEqual({ status: 'correct' });
		expect(checkAnswer('0.33', nps)).toEqual({ status: 'mistake', code: 'fraction' });
		expect(checkAnswer('33', nps)).toEqual({ status: 'rounding' });
	});

	test('whole-number answers have no rounding band: year 3 is right, 4 is wrong', () => {
		const year = ex({ kind: 'integer', value: 3, decimals: 0 }, [
			{ code: 'no-discount', value: 2 },
		]);
		expect(checkAnswer('3', year)).toEqual({ status: 'correct' });
		expect(checkAnswer('2', year)).toEqual({ status: 'mistake', code: 'no-discount' });
		expect(checkAnswer('4', year)).toEqual({ status: 'wrong' });
		expect(checkAnswer('3.5', year)).toEqual({ status: 'invalid', issues: ['not-integer'] });
	});

	test('unreadable input is reported, never NaN: empty, text, 1e3', () => {
		expect(checkAnswer('', clv)).toEqual({ status: 'invalid', issues: ['empty'] });
		expect(checkAnswer('abc', clv)).toEqual({ status: 'invalid', issues: ['not-a-number'] });
		expect(checkAnswer('1e3', clv)).toEqual({ status: 'invalid', issues: ['not-a-number'] });
	});

	test('a choice is right only when it is the answer; a choice a mistake leads to gets that hint', () => {
		const abc = ex({ kind: 'choice', value: 'A', decimals: 0, scheme: 'abc-class' }, [
			{ code: 'own-cumulative', value: 'B' },
		]);
		expect(checkAnswer('A', abc)).toEqual({ status: 'correct' });
		expect(checkAnswer('B', abc)).toEqual({ status: 'mistake', code: 'own-cumulative' });
		expect(checkAnswer('C', abc)).toEqual({ status: 'wrong' });
	});

	test('property: the exact answer, however many decimals are asked, is always right; far off is never right', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e6, max: 1e6, noNaN: true }),
				fc.integer({ min: 0, max: 4 }),
				(value, decimals) => {
					const e = ex({ kind: 'number', value, decimals });
					expect(checkAnswer(value.toFixed(decimals), e).status).toBe('correct');
					expect(
						checkAnswer((value + 1 + Math.abs(value) * 0.01).toFixed(decimals), e).status,
					).not.toBe('correct');
				},
			),
		);
	});
});
