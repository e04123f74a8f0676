import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ascendingOrder } from '../../../src/lib/crm/order';

const naive = (values: number[]) =>
	values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);

test('ascending by value, ties in input order: [30, 5, 30, 1] → 3, 1, 0, 2', () => {
	expect(Array.from(ascendingOrder([30, 5, 30, 1]))).toEqual([3, 1, 0, 2]);
	expect(Array.from(ascendingOrder([]))).toEqual([]);
	expect(Array.from(ascendingOrder([7]))).toEqual([0]);
});

test('each route (counting, packed cents, comparison) gives the order a plain sort gives', () => {
	const days = fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 80 });
	const bigWhole = fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 80 });
	const cents = fc.array(
		fc.integer({ min: 0, max: 10 ** 9 }).map((c) => c / 100),
		{ maxLength: 80 },
	);
	const anyFloat = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 80 });
	for (const arb of [days, bigWhole, cents, anyFloat]) {
		fc.assert(
			fc.property(arb, (values) => {
				expect(Array.from(ascendingOrder(values))).toEqual(naive(values));
			}),
		);
	}
	// Many ties among few values, in a long list.
	const ties = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 13);
	expect(Array.from(ascendingOrder(ties))).toEqual(naive(ties));
});
