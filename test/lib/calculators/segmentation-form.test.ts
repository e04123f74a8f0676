import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	SEGMENTATION,
	SEGMENTATION_FIELDS,
	SEGMENTATION_PARAMS,
	readBounds,
	readSegmentationForm,
	readTiers,
	type SegmentationState,
} from '../../../src/lib/calculators/segmentation';
import { embedProblems } from '../../../src/lib/calculators/spec';
import { defaultState } from '../../../src/lib/share/codec';

const byBounds: SegmentationState = { ...defaultState(SEGMENTATION_PARAMS), score: 'threshold' };

describe('worked examples', () => {
	test('R bounds 7, 30, 60, 120 (days) → [7, 30, 60, 120]; F 2, 4, 8, 16; M 200, 500, 1000, 3000 yuan', () => {
		const form = readSegmentationForm(byBounds);
		expect(form.issues).toEqual({});
		expect(form.options.thresholds).toEqual({
			recency: [7, 30, 60, 120],
			frequency: [2, 4, 8, 16],
			monetary: [200, 500, 1000, 3000],
		});
	});

	test('A = 80 → 0.8, B = 95 → 0.95; pyramid 1, 4, 15 % → cumulative 1 %, 1 + 4 = 5 %, 5 + 15 = 20 %', () => {
		const form = readSegmentationForm(defaultState(SEGMENTATION_PARAMS));
		expect(form.options.abc).toEqual({ a: 0.8, b: 0.95, pyramid: [0.01, 0.05, 0.2] });
		// Quintiles: no bounds are read, whatever they hold.
		expect(form.options.thresholds).toBeUndefined();
		expect(readSegmentationForm({ ...byBounds, score: 'quintile', rb: 'x' }).issues).toEqual({});
	});

	test('pyramid 5, 15, 30 → 5 %, 20 %, 50 %; sizes summing to exactly 100 % are accepted', () => {
		expect(readTiers('5, 15, 30')).toEqual({ ok: true, value: [0.05, 0.2, 0.5] });
		expect(readTiers('1, 4, 95')).toEqual({ ok: true, value: [0.01, 0.05, 1] });
	});
});

test('input as people type it: full-width digits, Chinese commas, spaces and % signs', () => {
	const form = readSegmentationForm({
		...byBounds,
		rb: '７，３０，６０，１２０',
		fb: '2、4；8 16',
		mb: '¥200，500元，1000，3000',
		a: '８０％',
		b: ' 95% ',
		pyr: '1%，4%，15%',
	});
	expect(form.issues).toEqual({});
	expect(form.options).toEqual({
		thresholds: {
			recency: [7, 30, 60, 120],
			frequency: [2, 4, 8, 16],
			monetary: [200, 500, 1000, 3000],
		},
		abc: { a: 0.8, b: 0.95, pyramid: [0.01, 0.05, 0.2] },
	});
	expect(readBounds('0.5, 1, 2.25, 3', SEGMENTATION_FIELDS.mb)).toEqual({
		ok: true,
		value: [0.5, 1, 2.25, 3],
	});
});

describe('rejected input gets its code under its own parameter; the other fields still parse', () => {
	test.each([
		['rb', '30, 7, 60, 120', 'bounds-not-ascending'],
		['rb', '7, 7, 60, 120', 'bounds-not-ascending'],
		['fb', '2, 4, 8', 'bounds-count'],
		['mb', '200, 500, 1000, 3000, 5000', 'bounds-count'],
		['mb', '', 'bounds-count'],
		['rb', '7, 30, x, 120', 'not-a-number'],
		['rb', '7, 30.5, 60, 120', 'not-integer'],
		['fb', '-1, 4, 8, 16', 'below-min'],
		['rb', '7%, 30, 60, 120', 'unexpected-percent'],
		['fb', '¥2, 4, 8, 16', 'unexpected-currency'],
	] as const)('%s = %j → %s; that dimension falls back to quintiles', (param, value, code) => {
		const form = readSegmentationForm({ ...byBounds, [param]: value });
		expect(form.issues).toEqual({ [param]: [code] });
		const dimension = { rb: 'recency', fb: 'frequency', mb: 'monetary' }[param];
		expect(Object.keys(form.options.thresholds!).sort()).toEqual(
			['frequency', 'monetary', 'recency'].filter((d) => d !== dimension),
		);
		expect(form.options.abc).toEqual({ a: 0.8, b: 0.95, pyramid: [0.01, 0.05, 0.2] });
	});

	test('A = abc → a: not-a-number, and A falls back to 80 % while B and the pyramid keep theirs', () => {
		const form = readSegmentationForm({ ...byBounds, a: 'abc', b: '90', pyr: '5, 15, 30' });
		expect(form.issues).toEqual({ a: ['not-a-number'] });
		expect(form.options.abc).toEqual({ a: 0.8, b: 0.9, pyramid: [0.05, 0.2, 0.5] });
		expect(form.options.thresholds?.recency).toEqual([7, 30, 60, 120]);
	});

	test('A = 120 % → above-max; B = 95.12345 → too-many-decimals', () => {
		expect(readSegmentationForm({ ...byBounds, a: '120' }).issues).toEqual({ a: ['above-max'] });
		expect(readSegmentationForm({ ...byBounds, b: '95.12345' }).issues).toEqual({
			b: ['too-many-decimals'],
		});
	});

	test('A > B (96 > 95), or A = 0, → b: bad-cutoffs, with both values passed on (the engine refuses them too)', () => {
		const form = readSegmentationForm({ ...byBounds, a: '96' });
		expect(form.issues).toEqual({ b: ['bad-cutoffs'] });
		expect(form.options.abc).toMatchObject({ a: 0.96, b: 0.95 });
		expect(readSegmentationForm({ ...byBounds, a: '0' }).issues).toEqual({ b: ['bad-cutoffs'] });
		// A = B is allowed: no B class.
		expect(readSegmentationForm({ ...byBounds, a: '90', b: '90' }).issues).toEqual({});
	});

	test.each([
		['50, 40, 20', 'pyr-sum'],
		['1, 4', 'pyr-count'],
		['1, 4, 15, 80', 'pyr-count'],
		['1, 4, x', 'not-a-number'],
		['1, 4, 150', 'above-max'],
	] as const)('pyr = %j → %s; the pyramid falls back to 1 / 4 / 15 %', (value, code) => {
		const form = readSegmentationForm({ ...byBounds, pyr: value });
		expect(form.issues).toEqual({ pyr: [code] });
		expect(form.options.abc?.pyramid).toEqual([0.01, 0.05, 0.2]);
		expect(form.options.thresholds?.monetary).toEqual([200, 500, 1000, 3000]);
	});
});

describe("the spec's check", () => {
	test('the default state has no issues, whether RFM scores by quintiles or by bounds', () => {
		expect(SEGMENTATION.check(defaultState(SEGMENTATION_PARAMS))).toEqual({});
		expect(SEGMENTATION.check(byBounds)).toEqual({});
		expect(embedProblems(SEGMENTATION, {})).toEqual([]);
	});

	test('the pasted table is read by the engine, not by check', () => {
		expect(SEGMENTATION.uncheckedParams).toEqual(['data']);
		expect(SEGMENTATION.check({ ...byBounds, data: 'not, a, table', sample: '' })).toEqual({});
	});

	test('a chapter passing an unknown method, or A = 120 %, is reported; the chapters’ own embeds pass', () => {
		expect(embedProblems(SEGMENTATION, { defaults: { method: 'kmeans' } })).toEqual([
			'defaults.method: "kmeans" is not one of "rfm", "abc", "pyramid"',
		]);
		expect(embedProblems(SEGMENTATION, { defaults: { a: '120' } })).toEqual([
			'defaults.a: "120" cannot be used ("above-max")',
		]);
		expect(
			embedProblems(SEGMENTATION, { defaults: { score: 'threshold', rb: '30, 7, 60, 120' } }),
		).toEqual(['defaults.rb: "30, 7, 60, 120" cannot be used ("bounds-not-ascending")']);
		expect(
			embedProblems(SEGMENTATION, {
				idPrefix: 'ch6-abc',
				defaults: { method: 'abc', sample: '', data: '经销商,进货额（万元）\nK01,90\nK02,15' },
			}),
		).toEqual([]);
	});
});

test('property: for any text in every field the reader never throws, names only option parameters, and passes on usable options', () => {
	const params = new Set(Object.keys(SEGMENTATION_PARAMS));
	const text = fc.oneof(
		fc.string(),
		fc
			.array(fc.oneof(fc.integer({ min: -10, max: 5000 }).map(String), fc.string()), {
				maxLength: 6,
			})
			.map((xs) => xs.join(', ')),
	);
	fc.assert(
		fc.property(
			fc.record({
				score: fc.constantFrom(...SEGMENTATION_PARAMS.score.options),
				rb: text,
				fb: text,
				mb: text,
				a: text,
				b: text,
				pyr: text,
			}),
			(state) => {
				const { options, issues } = readSegmentationForm(state);
				for (const [key, codes] of Object.entries(issues)) {
					expect(params.has(key)).toBe(true);
					expect(codes.length).toBeGreaterThan(0);
				}
				const [p1, p2, p3] = options.abc!.pyramid!;
				expect(0 <= p1 && p1 <= p2 && p2 <= p3 && p3 <= 1).toBe(true);
				if (!issues.a && !issues.b)
					expect(
						0 < options.abc!.a! && options.abc!.a! <= options.abc!.b! && options.abc!.b! <= 1,
					).toBe(true);
				for (const bounds of Object.values(options.thresholds ?? {}))
					expect(bounds.every((x, i) => i === 0 || bounds[i - 1]! < x)).toBe(true);
			},
		),
		{ numRuns: 500 },
	);
});
