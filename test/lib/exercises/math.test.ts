import { expect, test } from 'vitest';
import { mathText } from '../../../src/lib/exercises/math';

test('a formula line reads aloud as plain text: fractions, powers, subscripts and sums', () => {
	expect(mathText(['C', '=', { frac: [['P'], ['E']] }])).toBe('C = (P) / (E)');
	expect(
		mathText([
			{ sub: ['P', 'o'] },
			'−',
			{ sub: ['C', 'o'] },
			'+',
			{ sum: [['t', '=', '1'], ['n']] },
			{ frac: [['m'], [{ sup: [['1', '+', 'r'], ['t']] }]] },
		]),
	).toBe('Po − Co + Σ[t = 1, n] (m) / ((1 + r)^(t))');
});
