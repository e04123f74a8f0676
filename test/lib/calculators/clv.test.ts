import { expect, test } from 'vitest';
import { computeClv } from '../../../src/lib/crm/clv';
import { readClvForm } from '../../../src/lib/calculators/clv';
import { defaultState } from '../../../src/lib/share/codec';
import { CLV_PARAMS } from '../../../src/lib/calculators/clv';

test('the default parameters are the textbook exercise and compute to 2500 + 900 × 6.710081 = 8,539.07', () => {
	const state = defaultState(CLV_PARAMS);
	const form = readClvForm(state);
	const outcome = computeClv('discounted', form.input!);
	expect(outcome.ok && outcome.value.total).toBeCloseTo(2500 + 900 * 6.710081399, 6);
	expect(form.spend).toEqual({ spendPerVisit: 100, visitsPerYear: 50, years: 10 });
});

test('every choice parameter falls back to one of its own options', () => {
	for (const spec of Object.values(CLV_PARAMS)) {
		if ('options' in spec) expect(spec.options).toContain(spec.fallback);
	}
});
