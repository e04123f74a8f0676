import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	LOYALTY,
	LOYALTY_PARAMS,
	readLoyaltyForm,
	type LoyaltyState,
} from '../../../src/lib/calculators/loyalty';
import { embedProblems } from '../../../src/lib/calculators/spec';
import { loyaltyIndex } from '../../../src/lib/crm/loyalty';
import { decodeState, defaultState } from '../../../src/lib/share/codec';

const defaults = defaultState(LOYALTY_PARAMS);
const read = (patch: Partial<LoyaltyState>) => readLoyaltyForm({ ...defaults, ...patch });

describe('worked examples', () => {
	test('the default state has no issues, and the spec’s check says the same', () => {
		expect(readLoyaltyForm(defaults).issues).toEqual({});
		expect(LOYALTY.check(defaults)).toEqual({});
		expect(embedProblems(LOYALTY, {})).toEqual([]);
	});

	test('cause: low attachment, high repeat, alternatives, no price chasing, no rewards', () => {
		const form = read({});
		expect(form.cause.input).toEqual({
			attachment: 'low',
			repeat: 'high',
			alternatives: true,
			priceSensitive: false,
			rewardDriven: false,
		});
		expect(form.cause.customers[0]).toEqual({
			name: '张女士',
			answers: { att: 'high', rep: 'high', alt: 'yes', price: 'no', reward: 'no' },
			input: {
				attachment: 'high',
				repeat: 'high',
				alternatives: true,
				priceSensitive: false,
				rewardDriven: false,
			},
		});
		expect(form.cause.customers).toHaveLength(3);
	});

	test('matrix: s = 80, l = 30, thresholds 50; Dick & Basu: a = 75, pat = 25, thresholds 50', () => {
		const form = read({});
		expect(form.matrix.input).toEqual({ x: 80, y: 30, xThreshold: 50, yThreshold: 50 });
		expect(form.dickbasu.input).toEqual({ x: 75, y: 25, xThreshold: 50, yThreshold: 50 });
		expect(form.matrix.customers).toEqual([
			{ name: '客户甲', x: 85, y: 80 },
			{ name: '客户乙', x: 80, y: 30 },
			{ name: '客户丙', x: 35, y: 75 },
			{ name: '客户丁', x: 30, y: 20 },
		]);
	});

	test('chapter 3 matrix: s = 42, l = 78 and five customers, the last one 50 | 49', () => {
		const form = read({
			scheme: 'matrix',
			s: '42',
			l: '78',
			cm: '甲|88|82;乙|76|35;丙|42|78;丁|25|18;戊|50|49',
		});
		expect(form.issues).toEqual({});
		expect(form.matrix.input).toEqual({ x: 42, y: 78, xThreshold: 50, yThreshold: 50 });
		expect(form.matrix.customers.map((c) => [c.x, c.y])).toEqual([
			[88, 82],
			[76, 35],
			[42, 78],
			[25, 18],
			[50, 49],
		]);
	});

	test('index: scores 80, 70, 60, 50, 65, 70, weights 3, 2, 2, 1, 1, 1 → 685 / 10 = 68.5; repeat 0.8', () => {
		const { input, repeatProbability } = read({}).index;
		expect(input).toEqual({
			scores: {
				repeatPurchase: 80,
				recommendation: 70,
				shareOfPurchases: 60,
				priceTolerance: 50,
				competitorResistance: 65,
				mistakeTolerance: 70,
			},
			weights: {
				repeatPurchase: 3,
				recommendation: 2,
				shareOfPurchases: 2,
				priceTolerance: 1,
				competitorResistance: 1,
				mistakeTolerance: 1,
			},
		});
		expect(repeatProbability).toBe(0.8);
		expect(loyaltyIndex(input!.scores, input!.weights)).toEqual({
			ok: true,
			value: (3 * 80 + 2 * 70 + 2 * 60 + 50 + 65 + 70) / 10,
		});
	});

	test('chapter 3 index: 85, 70, 60, 40, 55, 65 with 3, 2, 2, 1, 1, 1 → 675 / 10 = 67.5', () => {
		const { input } = read({ ix: '85|70|60|40|55|65', iw: '3|2|2|1|1|1' }).index;
		const result = loyaltyIndex(input!.scores, input!.weights);
		expect(result.ok && result.value).toBeCloseTo(
			(3 * 85 + 2 * 70 + 2 * 60 + 40 + 55 + 65) / 10,
			12,
		);
	});

	test('every calculator the chapters embed passes the build-time check', () => {
		for (const defaults of [
			{
				scheme: 'cause',
				att: 'low',
				rep: 'high',
				alt: 'no',
				price: 'no',
				reward: 'no',
				cc: '周女士|low|high|no|no|no;陈先生|low|high|yes|no|no;吴阿姨|low|high|yes|no|yes;赵先生|high|high|yes|no|no',
			},
			{ scheme: 'matrix', s: '42', l: '78', cm: '甲|88|82;乙|76|35;丙|42|78;丁|25|18;戊|50|49' },
			{ scheme: 'index', ix: '85|70|60|40|55|65', iw: '3|2|2|1|1|1' },
		])
			expect(embedProblems(LOYALTY, { defaults })).toEqual([]);
	});
});

describe('input as people type it', () => {
	test('full-width digits, the IME full stop and spaces are read as numbers', () => {
		const form = read({ s: ' ８５ ', l: '７８．５', st: '５０', pat: '２５。５' });
		expect(form.issues).toEqual({});
		expect(form.matrix.input).toEqual({ x: 85, y: 78.5, xThreshold: 50, yThreshold: 50 });
		expect(form.dickbasu.input?.y).toBe(25.5);
	});

	test('table cells and list items take the same input: ８８, " 82 ", a weight of 0.25', () => {
		const form = read({ cm: '甲|８８| 82 ', ix: '８０|70|60|50|65|70', iw: '0.25|2|2|1|1|1' });
		expect(form.issues).toEqual({});
		expect(form.matrix.customers).toEqual([{ name: '甲', x: 88, y: 82 }]);
		expect(form.index.input?.scores.repeatPurchase).toBe(80);
		expect(form.index.input?.weights.repeatPurchase).toBe(0.25);
		expect(form.index.repeatProbability).toBe(0.8);
	});

	test('scores are points 0–100, not percents: 80% is refused, not read as 0.8', () => {
		expect(read({ s: '80%' }).issues).toEqual({ s: ['unexpected-percent'] });
	});
});

describe('rejected input names its parameter, and the rest still parses', () => {
	test.each([
		['s', '', ['empty']],
		['l', 'abc', ['not-a-number']],
		['s', '120', ['above-max']],
		['st', '-1', ['below-min']],
		['a', '75.123', ['too-many-decimals']],
		['pt', '¥50', ['unexpected-currency']],
	] as const)('%s = %j → %j', (param, value, codes) => {
		const form = read({ [param]: value });
		expect(form.issues).toEqual({ [param]: codes });
		const [broken, intact] =
			param === 's' || param === 'l' || param === 'st'
				? [form.matrix, form.dickbasu]
				: [form.dickbasu, form.matrix];
		expect(broken.input).toBeNull();
		expect(intact.input).not.toBeNull();
		expect(form.index.input).not.toBeNull();
	});

	test('a bad score in a compared customer names its row and column; the other rows still read', () => {
		const form = read({ cd: '甲|90|10;乙|7x|35;丙|40|101' });
		expect(form.issues).toEqual({
			cd: [
				{ code: 'cell', row: 1, column: 1, issues: ['not-a-number'] },
				{ code: 'cell', row: 2, column: 2, issues: ['above-max'] },
			],
		});
		expect(form.dickbasu.customers).toEqual([
			{ name: '甲', x: 90, y: 10 },
			{ name: '乙', x: null, y: 35 },
			{ name: '丙', x: 40, y: null },
		]);
		expect(form.dickbasu.input).not.toBeNull();
		expect(form.dickbasu.cells[1]).toEqual([null, ['not-a-number'], null]);
	});

	test('a cause answer that is not high/low or yes/no names its row and column', () => {
		const form = read({
			cc: '张|high|high|yes|no|no;李|maybe|high|no|no|no;王|low|low|sure|yes|no',
		});
		expect(form.issues).toEqual({
			cc: [
				{ code: 'cell', row: 1, column: 1, issues: ['not-an-option'] },
				{ code: 'cell', row: 2, column: 3, issues: ['not-an-option'] },
			],
		});
		expect(form.cause.customers.map((c) => c?.name ?? null)).toEqual(['张', null, null]);
		expect(form.cause.cells[0]).toEqual([null, null, null, null, null, null]);
		// A high/low answer in a yes/no column is no more an answer than a typo.
		expect(read({ cc: '张|high|high|high|no|no' }).issues.cc).toEqual([
			{ code: 'cell', row: 0, column: 3, issues: ['not-an-option'] },
		]);
	});

	test('a bad indicator score names its position; the band still reads the repeat-purchase score', () => {
		const form = read({ ix: '80|abc|60|50|65|70' });
		expect(form.issues).toEqual({ ix: [{ code: 'item', index: 1, issues: ['not-a-number'] }] });
		expect(form.index.input).toBeNull();
		expect(form.index.repeatProbability).toBe(0.8);
		expect(form.matrix.input).not.toBeNull();
	});

	test('a list shorter than the six indicators leaves the missing ones empty; a weight over 1000 is refused', () => {
		expect(read({ ix: '80|70', iw: '3|2|2|1|1|1001' }).issues).toEqual({
			ix: [2, 3, 4, 5].map((index) => ({ code: 'item', index, issues: ['empty'] })),
			iw: [{ code: 'item', index: 5, issues: ['above-max'] }],
		});
	});
});

describe('the build-time check of what a page passes', () => {
	test('a score out of range is named under defaults.s', () => {
		expect(embedProblems(LOYALTY, { defaults: { scheme: 'matrix', s: '120' } })).toEqual([
			'defaults.s: "120" cannot be used ("above-max")',
		]);
	});

	test('a scheme that is not one of the options is named with the options', () => {
		expect(embedProblems(LOYALTY, { defaults: { scheme: 'dick' } })).toEqual([
			'defaults.scheme: "dick" is not one of "cause", "matrix", "dickbasu", "index"',
		]);
	});

	test('a bad cell in a customer table is named with its position', () => {
		const [problem] = embedProblems(LOYALTY, { defaults: { cm: '甲|88|8２x' } });
		expect(problem).toBe(
			'defaults.cm: "甲|88|8２x" cannot be used ({"code":"cell","row":0,"column":2,"issues":["not-a-number"]})',
		);
	});
});

describe('properties', () => {
	const params = Object.keys(LOYALTY_PARAMS) as (keyof typeof LOYALTY_PARAMS)[];
	const anyText = fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme' }),
		fc.constantFrom('', '50', '１００', '-0', '1e3', '|', ';', '\\', 'high', 'yes'),
	);
	const anyState = fc.record(
		Object.fromEntries(params.map((p) => [p, anyText])) as Record<
			keyof typeof LOYALTY_PARAMS,
			fc.Arbitrary<string>
		>,
	);

	test('for any text in every field the reader never throws, and every issue key is a parameter', () => {
		fc.assert(
			fc.property(anyState, (raw) => {
				// As typed, even in the choice fields, and as a link or a page would give it.
				for (const state of [
					raw as LoyaltyState,
					decodeState(LOYALTY_PARAMS, '', raw as LoyaltyState),
				]) {
					const form = readLoyaltyForm(state);
					for (const [key, issues] of Object.entries(form.issues)) {
						expect(params).toContain(key);
						expect(issues.length).toBeGreaterThan(0);
					}
					expect(LOYALTY.check(state)).toEqual(form.issues);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('a 2 × 2 input is there exactly when its four numbers have no issues', () => {
		fc.assert(
			fc.property(anyState, (raw) => {
				const form = readLoyaltyForm(decodeState(LOYALTY_PARAMS, '', raw as LoyaltyState));
				const clean = (...keys: ('s' | 'l' | 'st' | 'lt' | 'a' | 'pat' | 'at' | 'pt')[]) =>
					keys.every((k) => form.issues[k] === undefined);
				expect(form.matrix.input !== null).toBe(clean('s', 'l', 'st', 'lt'));
				expect(form.dickbasu.input !== null).toBe(clean('a', 'pat', 'at', 'pt'));
				expect(form.index.input !== null).toBe(!form.issues.ix && !form.issues.iw);
			}),
			{ numRuns: 300 },
		);
	});
});
