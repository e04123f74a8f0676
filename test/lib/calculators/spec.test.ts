import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CALCULATOR_IDS, CALCULATOR_SPECS } from '../../../src/lib/calculators';
import { CLV } from '../../../src/lib/calculators/clv';
import { embedProblems, type CalculatorSpec } from '../../../src/lib/calculators/spec';
import { defaultState } from '../../../src/lib/share/codec';

describe('what a page passes an embedded calculator is checked against its spec', () => {
	test('a textbook example passes', () => {
		expect(
			embedProblems(CLV, {
				idPrefix: 'ch4-ex2b',
				defaults: { model: 'undiscounted', co: '0', po: '0', in: '550', cs: '300' },
			}),
		).toEqual([]);
	});

	test('a mistyped parameter (Cs for cs) is named, with the parameters it could have meant', () => {
		const problems = embedProblems(CLV, {
			defaults: { model: 'undiscounted', co: '0', po: '0', in: '550', Cs: '300' },
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^defaults\.Cs: not a parameter of <ClvCalculator>/);
		expect(problems[0]).toContain('cs');
	});

	test('a choice outside its options is named with the options', () => {
		const [problem] = embedProblems(CLV, { defaults: { model: 'discount' } });
		expect(problem).toBe(
			'defaults.model: "discount" is not one of "undiscounted", "discounted", "retention", "infinite", "spend"',
		);
	});

	test('a value that does not parse, or is out of range, is named with its issue codes', () => {
		expect(embedProblems(CLV, { defaults: { co: '5OO' } })).toEqual([
			'defaults.co: "5OO" cannot be used ("not-a-number")',
		]);
		expect(embedProblems(CLV, { defaults: { n: '0' } })).toEqual([
			'defaults.n: "0" cannot be used ("below-min")',
		]);
		expect(embedProblems(CLV, { defaults: { r: '8.123456%' } })[0]).toContain('too-many-decimals');
	});

	test('a number given as a number, not text, is named (MDX `co: 500` for `co: "500"`)', () => {
		expect(embedProblems(CLV, { defaults: { co: 500 } })).toEqual([
			"defaults.co: 500 is not text (write '500')",
		]);
	});

	test('unknown props and malformed idPrefix, headingLevel and syncUrl are named', () => {
		expect(
			embedProblems(CLV, { idprefix: 'a', idPrefix: 'Ch 4', headingLevel: 4, syncUrl: 'yes' }),
		).toEqual([
			'idprefix: not a prop of <ClvCalculator> (it takes defaults, syncUrl, idPrefix, headingLevel)',
			'idPrefix: "Ch 4" is not a lower-case id such as "ch4-ex1"',
			'headingLevel: 4 is not 2 or 3',
			'syncUrl: "yes" is not true or false',
		]);
		expect(embedProblems(CLV, { defaults: ['co', '500'] })).toEqual([
			'defaults: not an object of parameter values',
		]);
	});

	test('a value longer than its parameter keeps is named rather than cut short in silence', () => {
		expect(embedProblems(CLV, { defaults: { co: '1'.repeat(65) } })[0]).toMatch(
			/^defaults\.co: longer than the 64 characters/,
		);
	});

	test("a prototype key is not a parameter (no lookup reaches Object's own properties)", () => {
		expect(
			embedProblems(CLV, { defaults: JSON.parse('{"__proto__": "x", "toString": "1"}') }),
		).toEqual([
			expect.stringMatching(/^defaults\.__proto__: not a parameter/),
			expect.stringMatching(/^defaults\.toString: not a parameter/),
		]);
	});

	test.each(CALCULATOR_IDS)(
		"%s: the spec's own defaults are usable, and every choice's fallback is an option",
		(id) => {
			const spec: CalculatorSpec = CALCULATOR_SPECS[id];
			expect(spec.id).toBe(id);
			expect(spec.check(defaultState(spec.params))).toEqual({});
			expect(embedProblems(spec, {})).toEqual([]);
			for (const param of Object.values(spec.params) as {
				fallback: string;
				options?: readonly string[];
			}[])
				if (param.options) expect(param.options).toContain(param.fallback);
		},
	);

	test('property: any props object gives a list of lines and never throws', () => {
		const specs = CALCULATOR_IDS.map((id) => CALCULATOR_SPECS[id]);
		fc.assert(
			fc.property(
				fc.constantFrom(...specs),
				fc.dictionary(fc.string(), fc.anything()),
				fc.dictionary(fc.constantFrom('co', 'model', 'mode', 'v', 'a', 'x'), fc.string()),
				(spec, props, defaults) => {
					const problems = embedProblems(spec, { ...props, defaults });
					expect(Array.isArray(problems)).toBe(true);
					for (const p of problems) expect(typeof p).toBe('string');
				},
			),
			{ numRuns: 300 },
		);
	});
});
