import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	LIFECYCLE,
	LIFECYCLE_PARAMS,
	readLifecycleForm,
	type LifecycleState,
} from '../../../src/lib/calculators/lifecycle';
import { embedProblems } from '../../../src/lib/calculators/spec';
import { defaultState } from '../../../src/lib/share/codec';

const base: LifecycleState = defaultState(LIFECYCLE_PARAMS);
const read = (changes: Partial<LifecycleState>) => readLifecycleForm({ ...base, ...changes });
/** The course's thresholds: 30 %, 80 %, a drop of 10 %, 2 stable periods. */
const COURSE = { formation: 0.3, stability: 0.8, declineDrop: 0.1, minStableRun: 2 };

describe('worked examples', () => {
	test('levels in percent: 10, 20, 35 → 0.1, 0.2, 0.35 with the course thresholds', () => {
		const form = read({ v: '10, 20, 35' });
		expect(form.issues).toEqual({});
		expect(form.items).toEqual(['10', '20', '35']);
		expect(form.stages).toEqual({
			levels: [0.1, 0.2, 0.35],
			thresholds: COURSE,
			peakAsPotential: null,
		});
		expect(form.hasMoney).toBe(false);
		expect(form.profit).toBeNull();
	});

	test('amounts 20, 80, 170, 190 with a potential of 400 → 0.05, 0.2, 0.425, 0.475', () => {
		const form = read({ unit: 'amount', v: '20, 80, 170, 190', potential: '400' });
		expect(form.issues).toEqual({});
		expect(form.stages?.levels).toEqual([0.05, 0.2, 0.425, 0.475]);
		expect(form.stages?.peakAsPotential).toBeNull();
	});

	test('amounts without a potential: the peak 190 stands in → 2/19, 8/19, 17/19, 1', () => {
		const form = read({ unit: 'amount', v: '20, 80, 170, 190', potential: ' ' });
		expect(form.issues).toEqual({});
		expect(form.stages?.levels).toEqual([2 / 19, 8 / 19, 17 / 19, 1]);
		expect(form.stages?.peakAsPotential).toBe(190);
	});

	test('thresholds 20 %, 70 %, 15 %, 3 periods → 0.2, 0.7, 0.15, 3', () => {
		const form = read({ formation: '20', stability: '70', drop: '15', run: '3' });
		expect(form.stages?.thresholds).toEqual({
			formation: 0.2,
			stability: 0.7,
			declineDrop: 0.15,
			minStableRun: 3,
		});
	});

	test('revenue 0, 50, 120 and cost 40, 30, 20 beside three levels', () => {
		const form = read({ v: '10, 40, 85', revenue: '0, 50, 120', cost: '40, 30, 20' });
		expect(form.issues).toEqual({});
		expect(form.hasMoney).toBe(true);
		expect(form.profit).toEqual({ revenue: [0, 50, 120], cost: [40, 30, 20] });
	});
});

describe('input as people type it', () => {
	test('full-width digits, Chinese commas, % and spaces in a series of levels', () => {
		const form = read({
			v: '１０，２０， 35%\n４０％',
			formation: '３０％',
			stability: ' 80 ',
			run: '２',
		});
		expect(form.issues).toEqual({});
		expect(form.stages?.levels).toEqual([0.1, 0.2, 0.35, 0.4]);
		expect(form.stages?.thresholds).toEqual(COURSE);
	});

	test('¥ and 元 on amounts, the potential and revenue; a refund makes revenue negative', () => {
		const form = read({
			unit: 'amount',
			v: '¥100、２００元；300',
			potential: '¥1,000',
			revenue: '¥-10, 50元, １２０',
			cost: '40 30 20',
		});
		expect(form.issues).toEqual({});
		expect(form.stages?.levels).toEqual([0.1, 0.2, 0.3]);
		expect(form.profit).toEqual({ revenue: [-10, 50, 120], cost: [40, 30, 20] });
	});

	test('100 % is the top of the range for a level and a threshold', () => {
		const form = read({ v: '100%', stability: '100' });
		expect(form.issues).toEqual({});
		expect(form.stages?.levels).toEqual([1]);
		expect(form.stages?.thresholds.stability).toBe(1);
	});
});

describe('rejected input names its parameter, and the others still parse', () => {
	test('an empty series', () => {
		const form = read({ v: ' ，, ', revenue: '1', cost: '' });
		expect(form.issues.v).toEqual([{ code: 'empty' }]);
		expect(form.stages).toBeNull();
		// Revenue has 1 item, the series none: the count is wrong, whatever is typed.
		expect(form.issues.revenue).toEqual([{ code: 'length-mismatch', expected: 0 }]);
	});

	test('`abc` as the 3rd item names index 2', () => {
		const form = read({ v: '10, 20, abc, 40', revenue: '1 2 3 4', cost: '0 0 0 0' });
		expect(form.issues).toEqual({
			v: [{ code: 'item', index: 2, issues: ['not-a-number'] }],
		});
		expect(form.stages).toBeNull();
		expect(form.profit).toEqual({ revenue: [1, 2, 3, 4], cost: [0, 0, 0, 0] });
	});

	test('each bad item of a series is named, with all its codes', () => {
		const form = read({ v: '10, 101, 20, 5.12345' });
		expect(form.issues.v).toEqual([
			{ code: 'item', index: 1, issues: ['above-max'] },
			{ code: 'item', index: 3, issues: ['too-many-decimals'] },
		]);
	});

	test('a symbol the unit does not take: ¥ on a level, % on an amount', () => {
		expect(read({ v: '10, ¥20' }).issues).toEqual({
			v: [{ code: 'item', index: 1, issues: ['unexpected-currency'] }],
		});
		expect(read({ unit: 'amount', v: '10%, 20' }).issues).toEqual({
			v: [{ code: 'item', index: 0, issues: ['unexpected-percent'] }],
		});
	});

	test.each([
		['formation', '-5', ['below-min']],
		['stability', '120', ['above-max']],
		['drop', '10x', ['not-a-number']],
		['drop', '', ['empty']],
		['run', '0', ['below-min']],
		['run', '1.5', ['not-integer']],
		['run', '101', ['above-max']],
	] as const)('%s = %j is rejected with %j', (param, typed, codes) => {
		const form = read({
			[param]: typed,
			revenue: '0 50 120 0 0 0 0 0 0 0',
			cost: '0 0 0 0 0 0 0 0 0 0',
		});
		expect(form.issues).toEqual({ [param]: codes });
		expect(form.stages).toBeNull();
		expect(form.profit?.revenue).toEqual([0, 50, 120, 0, 0, 0, 0, 0, 0, 0]);
	});

	test('a potential that is not a number blocks the amounts, and only counts for amounts', () => {
		const amounts = read({ unit: 'amount', v: '20, 80', potential: '四百' });
		expect(amounts.issues).toEqual({ potential: ['not-a-number'] });
		expect(amounts.stages).toBeNull();
		expect(read({ unit: 'percent', potential: '四百' }).issues).toEqual({});
	});

	test('revenue with fewer items than v: its own code under revenue; the stages still work', () => {
		const form = read({ v: '10, 40, 85', revenue: '0, 50', cost: '40, 30, 20' });
		expect(form.issues).toEqual({ revenue: [{ code: 'length-mismatch', expected: 3 }] });
		expect(form.stages?.levels).toEqual([0.1, 0.4, 0.85]);
		expect(form.profit).toBeNull();
	});

	test('revenue without cost: cost has 0 of the 3 items', () => {
		const form = read({ v: '10, 40, 85', revenue: '0, 50, 120' });
		expect(form.hasMoney).toBe(true);
		expect(form.issues).toEqual({ cost: [{ code: 'length-mismatch', expected: 3 }] });
		expect(form.profit).toBeNull();
	});

	test('a bad cost item and a wrong count are both reported', () => {
		const form = read({ v: '10, 40, 85', revenue: '0, 50, 120', cost: '40, 3o' });
		expect(form.issues).toEqual({
			cost: [
				{ code: 'item', index: 1, issues: ['not-a-number'] },
				{ code: 'length-mismatch', expected: 3 },
			],
		});
	});
});

test('the default state has no issues: ten levels from 10 % to 50 %', () => {
	const form = readLifecycleForm(base);
	expect(form.issues).toEqual({});
	expect(LIFECYCLE.check(base)).toEqual({});
	expect(form.stages?.levels).toEqual([0.1, 0.2, 0.35, 0.55, 0.75, 0.85, 0.9, 0.88, 0.7, 0.5]);
	expect(form.profit).toBeNull();
});

test('property: for any text in every field the reader never throws and names only parameters', () => {
	const params = Object.keys(LIFECYCLE_PARAMS);
	const text = fc.oneof(
		fc.string({ maxLength: 30 }),
		fc
			.array(fc.oneof(fc.integer({ min: -200, max: 200 }).map(String), fc.string()), {
				maxLength: 12,
			})
			.map((xs) => xs.join(', ')),
	);
	fc.assert(
		fc.property(
			fc.record({
				v: text,
				unit: fc.constantFrom(...LIFECYCLE_PARAMS.unit.options),
				potential: text,
				formation: text,
				stability: text,
				drop: text,
				run: text,
				revenue: text,
				cost: text,
			}),
			(state) => {
				const form = readLifecycleForm(state);
				for (const key of Object.keys(form.issues)) expect(params).toContain(key);
				expect(LIFECYCLE.check(state)).toEqual(form.issues);
				for (const level of form.stages?.levels ?? []) {
					expect(level).toBeGreaterThanOrEqual(0);
					expect(level).toBeLessThanOrEqual(1);
				}
				if (form.profit) expect(form.profit.revenue).toHaveLength(form.items.length);
			},
		),
	);
});

describe('the build-time check of what a chapter passes', () => {
	test('chapter 5’s example is usable', () => {
		expect(
			embedProblems(LIFECYCLE, {
				idPrefix: 'ch5-ex1',
				defaults: { v: '20, 35, 55, 70, 62, 45, 0' },
			}),
		).toEqual([]);
	});

	test('a series with a bad item is reported as defaults.v', () => {
		expect(embedProblems(LIFECYCLE, { defaults: { v: '10, x' } })).toEqual([
			expect.stringMatching(/^defaults\.v: "10, x" cannot be used .*"index":1/),
		]);
	});

	test('a unit that is not one of the options is reported as defaults.unit', () => {
		expect(embedProblems(LIFECYCLE, { defaults: { unit: 'percentage' } })).toEqual([
			expect.stringMatching(/^defaults\.unit: "percentage" is not one of "percent", "amount"/),
		]);
	});
});
