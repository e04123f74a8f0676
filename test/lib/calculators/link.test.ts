import { expect, test } from 'vitest';
import {
	CALCULATOR_IDS,
	CALCULATOR_SPECS,
	calculatorHref,
	isCalculatorId,
	readCalculatorPath,
} from '../../../src/lib/calculators';
import { embedProblems } from '../../../src/lib/calculators/spec';
import { generate, GENERATOR_IDS } from '../../../src/lib/exercises/generators';

test('the light id list and the registry name the same calculators', () => {
	expect(Object.keys(CALCULATOR_SPECS)).toEqual([...CALCULATOR_IDS]);
	for (const id of CALCULATOR_IDS) expect(isCalculatorId(id)).toBe(true);
	for (const id of ['cvl', 'constructor', 'toString', '__proto__', ''])
		expect(isCalculatorId(id)).toBe(false);
});

test('every generated exercise links to a calculator that reads all of its numbers', () => {
	for (const id of GENERATOR_IDS) {
		for (let seed = 1; seed <= 200; seed++) {
			const link = generate(id, seed).calculator;
			if (!link) continue;
			const problems = embedProblems(CALCULATOR_SPECS[link.tool], { defaults: link.query });
			expect(problems, `${id} seed ${seed}: ${calculatorHref(link)}`).toEqual([]);
		}
	}
});

test('a link carries its numbers and is read back', () => {
	const href = calculatorHref({ tool: 'clv', query: { model: 'discounted', co: '500' } });
	expect(href).toBe('tools/clv/?model=discounted&co=500');
	expect(readCalculatorPath(href)).toEqual({
		tool: 'clv',
		query: { model: 'discounted', co: '500' },
	});
	expect(calculatorHref({ tool: 'segmentation', query: {} })).toBe('tools/segmentation/');
});

test('a pasted path names a calculator or is refused; unknown and data parameters are dropped', () => {
	expect(readCalculatorPath('tools/cvl/?co=1')).toBeNull();
	expect(readCalculatorPath('tools/constructor/')).toBeNull();
	expect(readCalculatorPath('chapters/04-customer-value/')).toBeNull();
	expect(readCalculatorPath('tools/segmentation/?method=abc&data=K1,90&evil=1')).toEqual({
		tool: 'segmentation',
		query: { method: 'abc' },
	});
});
