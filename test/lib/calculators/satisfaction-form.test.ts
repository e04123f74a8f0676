import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attributeTable, distributionMean, weightedIndex } from '../../../src/lib/crm/satisfaction';
import {
	readSatisfactionForm,
	SATISFACTION,
	SATISFACTION_PARAMS,
	type SatisfactionState,
} from '../../../src/lib/calculators/satisfaction';
import { embedProblems } from '../../../src/lib/calculators/spec';
import { defaultState } from '../../../src/lib/share/codec';
import { encodeRows } from '../../../src/lib/share/rows';

const defaults = defaultState(SATISFACTION_PARAMS);
const read = (patch: Partial<SatisfactionState>) => readSatisfactionForm({ ...defaults, ...patch });
const PARAMS = Object.keys(SATISFACTION_PARAMS);

describe('the default state: the worked examples of the course', () => {
	test('has no issues, and every mode has its input', () => {
		const form = readSatisfactionForm(defaults);
		expect(form.issues).toEqual({});
		expect(SATISFACTION.check(defaults)).toEqual({});
		expect(embedProblems(SATISFACTION, {})).toEqual([]);
		expect(form.ratio.pair).toEqual({ expected: 8, perceived: 9, band: 0.05 });
		expect(form.ratio.attributes).toEqual({
			rows: [
				{ expected: 8, perceived: 9, weight: 4 },
				{ expected: 8, perceived: 7, weight: 3 },
				{ expected: 7, perceived: 7, weight: 3 },
			],
			band: 0.05,
		});
		expect(form.index.input).toEqual({
			scores: [4, 3, 5],
			weights: [0.5, 0.3, 0.2],
			scale: { min: 1, max: 5 },
		});
		expect(form.acsi.input).toEqual({
			scores: [8, 7, 9],
			weights: [0.4, 0.3, 0.3],
			scale: { min: 1, max: 10 },
		});
		expect(form.servqual.input?.items.map((i) => i.perceived - i.expected)).toEqual([
			-0.5, -2, 0.5, -0.5, -0.5,
		]);
		expect(form.servqual.input?.weights).toEqual({
			tangibles: 20,
			reliability: 30,
			responsiveness: 20,
			assurance: 15,
			empathy: 15,
		});
		expect(form.distribution.input).toEqual({ counts: [2, 3, 10, 25, 10], min: 1 });
		expect(form.nps.input).toEqual({ counts: [0, 0, 0, 0, 0, 5, 5, 10, 10, 20, 10], min: 0 });
	});
});

describe('input as people type it', () => {
	test('E ８, P 9.0, band ５％; attributes 服务 1,000 → 1,200 (weight 2) and 价格 ８ → ９ (weight 1) → C (2 × 1.2 + 1.125) / 3 = 1.175', () => {
		const form = read({
			e: '８',
			p: ' 9.0 ',
			band: '５％',
			attrs: encodeRows([
				['服务', '1,000', '1，200', '2'],
				['价格', '８', '９', '1'],
			]),
		});
		expect(form.issues).toEqual({});
		expect(form.ratio.pair).toEqual({ expected: 8, perceived: 9, band: 0.05 });
		const table = attributeTable(form.ratio.attributes!.rows, form.ratio.attributes!.band);
		expect(table.ok && table.value.ratio).toBeCloseTo((2 * (1200 / 1000) + 9 / 8) / 3, 12);
		expect(table.ok && table.value.verdict).toBe('satisfied');
	});

	test('the band is percent with or without the sign: 2.5 and 2.5% are both ±2.5 %', () => {
		expect(read({ band: '2.5' }).ratio.pair?.band).toBe(0.025);
		expect(read({ band: '2.5%' }).ratio.pair?.band).toBe(0.025);
	});

	test('index on a 0–10 scale: A ７.５ (weight 1), B 10 (weight 3) → mean 37.5 / 4 = 9.375, index 93.75', () => {
		const form = read({ smin: '０', smax: '10', items: 'A|７.５|1;B|10|3' });
		expect(form.issues).toEqual({});
		expect(form.index.input).toEqual({
			scores: [7.5, 10],
			weights: [1, 3],
			scale: { min: 0, max: 10 },
		});
		const { scores, weights, scale } = form.index.input!;
		const index = weightedIndex(scores, weights, scale);
		expect(index.ok && index.value.mean).toBeCloseTo(9.375, 12);
		expect(index.ok && index.value.index).toBeCloseTo(93.75, 12);
	});

	test('a distribution from −2: counts 1, 2, 3, 4, 5 → (−2 − 2 + 0 + 4 + 10) / 15 = 2 / 3', () => {
		const form = read({ dmin: '－2', dist: '1|2|3|4|5' });
		expect(form.issues).toEqual({});
		expect(form.distribution.input).toEqual({ counts: [1, 2, 3, 4, 5], min: -2 });
		const mean = distributionMean(form.distribution.input!.counts, form.distribution.input!.min);
		expect(mean.ok && mean.value.mean).toBeCloseTo(2 / 3, 12);
	});

	test('counts with thousands separators and full-width digits', () => {
		const form = read({ nps: '1,000|0|0|0|0|0|0|0|0|２０|10' });
		expect(form.issues).toEqual({});
		expect(form.nps.input?.counts).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 20, 10]);
	});

	test('a short distribution list is padded to two points; NPS to eleven', () => {
		const form = read({ dist: encodeRows([['4']]), nps: '1|2' });
		expect(form.distribution.list.cells).toEqual(['4', '']);
		expect(form.nps.list.cells).toHaveLength(11);
		expect(form.issues.dist).toEqual([{ index: 1, issues: ['empty'] }]);
		expect(form.issues.nps?.map((i) => i.index)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});
});

describe('rejected input: its code under its parameter, the rest still read', () => {
	test.each([
		['e', '', ['empty']],
		['p', 'abc', ['not-a-number']],
		['e', '-1', ['below-min']],
		['band', '60', ['above-max']],
		['band', '5元', ['unexpected-currency']],
		['smax', '1000.5', ['above-max']],
		['smin', '1.005', ['too-many-decimals']],
		['dmin', '0.5', ['not-integer']],
		['dmin', '11', ['above-max']],
	] as const)('%s = %j → %j', (param, value, issues) => {
		const form = read({ [param]: value });
		expect(form.issues).toEqual({ [param]: issues });
	});

	test('E empty blocks the pair only; the attribute table still reads', () => {
		const form = read({ e: '' });
		expect(form.ratio.pair).toBeNull();
		expect(form.ratio.attributes).not.toBeNull();
		expect(form.index.input).not.toBeNull();
	});

	test('a bad band blocks both ratio inputs and nothing else', () => {
		const form = read({ band: '60' });
		expect(form.ratio.pair).toBeNull();
		expect(form.ratio.attributes).toBeNull();
		expect(form.acsi.input).not.toBeNull();
	});

	test('a weight below 0 names its row and column; the pair still reads', () => {
		const form = read({ attrs: '质量|8|9|4;服务|8|7|-1' });
		expect(form.issues).toEqual({ attrs: [{ row: 1, column: 3, issues: ['below-min'] }] });
		expect(form.ratio.attrs.read.issues[1]![3]).toEqual(['below-min']);
		expect(form.ratio.attributes).toBeNull();
		expect(form.ratio.pair).not.toBeNull();
	});

	test('a bad cell in the SERVQUAL items names its row and column', () => {
		const form = read({ sq: 'tangibles|a|6|5;empathy|b|x|5' });
		expect(form.issues).toEqual({ sq: [{ row: 1, column: 2, issues: ['not-a-number'] }] });
		expect(form.servqual.input).toBeNull();
	});

	test("the index's scores follow its scale: 6 on 1–5 is above the maximum, 2 on 3–5 below the minimum", () => {
		expect(read({ items: 'A|6|1' }).issues).toEqual({
			items: [{ row: 0, column: 1, issues: ['above-max'] }],
		});
		const form = read({ smin: '3', items: 'A|2|1;B|4|1' });
		expect(form.issues).toEqual({ items: [{ row: 0, column: 1, issues: ['below-min'] }] });
		expect(form.index.scoreSpec).toMatchObject({ min: 3, max: 5 });
	});

	test('an invalid scale end leaves the index waiting and the ACSI (always 1–10) working', () => {
		const form = read({ smin: 'x' });
		expect(form.issues).toEqual({ smin: ['not-a-number'] });
		expect(form.index.input).toBeNull();
		expect(form.index.scoreSpec).not.toHaveProperty('min');
		expect(form.acsi.input).not.toBeNull();
		expect(read({ acsi: 'A|11|1' }).issues).toEqual({
			acsi: [{ row: 0, column: 1, issues: ['above-max'] }],
		});
	});

	test('list items are named by position: a missing SERVQUAL weight, a negative or fractional count', () => {
		expect(read({ sqw: '20|30|20|15' }).issues).toEqual({
			sqw: [{ index: 4, issues: ['empty'] }],
		});
		expect(read({ nps: '-2|0|0|0|0|5|5|10|10|20|10' }).issues).toEqual({
			nps: [{ index: 0, issues: ['below-min'] }],
		});
		expect(read({ dist: '2|2.5|3' }).issues).toEqual({
			dist: [{ index: 1, issues: ['not-integer'] }],
		});
	});

	test('an invalid first point keeps the counts (and labels from 1) but not the mean', () => {
		const form = read({ dmin: 'x' });
		expect(form.distribution.counts).toEqual([2, 3, 10, 25, 10]);
		expect(form.distribution.firstPoint).toBe(1);
		expect(form.distribution.input).toBeNull();
		expect(form.nps.input).not.toBeNull();
	});
});

describe('what a chapter passes is checked against the reader', () => {
	test('a value that does not parse is named with its code', () => {
		expect(embedProblems(SATISFACTION, { defaults: { mode: 'ratio', e: 'abc' } })).toEqual([
			'defaults.e: "abc" cannot be used ("not-a-number")',
		]);
	});

	test('a mistyped parameter (E for e) is named, with the parameters it could have meant', () => {
		const problems = embedProblems(SATISFACTION, { defaults: { mode: 'ratio', E: '8' } });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^defaults\.E: not a parameter of <SatisfactionCalculator>/);
		expect(problems[0]).toContain(PARAMS.join(', '));
	});

	test('a bad table cell is named by row and column', () => {
		expect(embedProblems(SATISFACTION, { defaults: { mode: 'ratio', attrs: '甲|8|y|1' } })).toEqual(
			[
				'defaults.attrs: "甲|8|y|1" cannot be used ({"row":0,"column":2,"issues":["not-a-number"]})',
			],
		);
	});
});

describe('properties', () => {
	const text = fc.oneof(
		fc.string(),
		fc.string({ unit: fc.constantFrom('1', '０', '.', ',', '%', '-', '|', ';', '\\', ' ', 'x') }),
		fc
			.array(fc.array(fc.oneof(fc.string(), fc.integer().map(String)), { maxLength: 5 }), {
				maxLength: 6,
			})
			.map(encodeRows),
	);
	const state = fc.record({
		...(Object.fromEntries(PARAMS.map((key) => [key, text])) as Record<
			keyof SatisfactionState,
			typeof text
		>),
		mode: fc.constantFrom(...SATISFACTION_PARAMS.mode.options),
	});

	test('for any text in every field the reader never throws, names only parameters, and each input is there exactly when its parameters have no issues', () => {
		fc.assert(
			fc.property(state, (s) => {
				const form = readSatisfactionForm(s);
				const bad = (...keys: (keyof typeof form.issues)[]) => keys.some((k) => k in form.issues);
				for (const [key, codes] of Object.entries(form.issues)) {
					expect(PARAMS).toContain(key);
					expect(key).not.toBe('mode');
					expect(codes.length).toBeGreaterThan(0);
				}
				expect(SATISFACTION.check(s)).toEqual(form.issues);
				expect(form.ratio.pair === null).toBe(bad('e', 'p', 'band'));
				expect(form.ratio.attributes === null).toBe(bad('attrs', 'band'));
				expect(form.index.input === null).toBe(bad('items', 'smin', 'smax'));
				expect(form.acsi.input === null).toBe(bad('acsi'));
				expect(form.servqual.input === null).toBe(bad('sq', 'sqw'));
				expect(form.distribution.input === null).toBe(bad('dist', 'dmin'));
				expect(form.nps.input === null).toBe(bad('nps'));
				expect(form.nps.list.cells).toHaveLength(11);
				const numbers = [
					...Object.values(form.ratio.pair ?? {}),
					...(form.ratio.attributes?.rows.flatMap(Object.values) ?? []),
					...(form.index.input?.scores ?? []),
					...(form.index.input?.weights ?? []),
					...(form.distribution.input?.counts ?? []),
				];
				for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});
