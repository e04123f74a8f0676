import { expect, test } from 'vitest';
import { draw } from '../../../src/lib/exercises/draw';

test('the same seed draws the same numbers; whole steps stay on their grid and in range', () => {
	const a = draw(42);
	const b = draw(42);
	const seq = (d: ReturnType<typeof draw>) => [
		d.int(1, 6),
		d.step(6, 9, 0.1),
		d.pick(['x', 'y', 'z']),
		d.chance(0.5),
	];
	expect(seq(a)).toEqual(seq(b));
	const d = draw(7);
	for (let i = 0; i < 2000; i++) {
		const x = d.step(6, 9, 0.1);
		expect(x).toBeGreaterThanOrEqual(6);
		expect(x).toBeLessThanOrEqual(9);
		expect(Number(x.toFixed(1))).toBe(x);
		const n = d.int(3, 5);
		expect([3, 4, 5]).toContain(n);
	}
});

test('every value of a range can come up', () => {
	const d = draw(1);
	expect(new Set(Array.from({ length: 500 }, () => d.int(1, 5)))).toEqual(new Set([1, 2, 3, 4, 5]));
});
