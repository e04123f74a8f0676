import { expect, test } from 'vitest';
import { summariseGroups } from '../../../src/lib/crm/groups';

test('three customers in two groups: A holds 5 + 2 = 7 of 10 (70 %), B holds 3 (30 %); an empty group reads 0', () => {
	expect(summariseGroups(['A', 'B', 'C'], Uint8Array.of(0, 1, 0), [5, 3, 2])).toEqual([
		{ key: 'A', count: 2, revenue: 7, countShare: 2 / 3, revenueShare: 0.7 },
		{ key: 'B', count: 1, revenue: 3, countShare: 1 / 3, revenueShare: 0.3 },
		{ key: 'C', count: 0, revenue: 0, countShare: 0, revenueShare: 0 },
	]);
});

test('no customers or no money: shares are 0, never NaN', () => {
	expect(summariseGroups(['A'], new Uint8Array(0), [])).toEqual([
		{ key: 'A', count: 0, revenue: 0, countShare: 0, revenueShare: 0 },
	]);
	expect(summariseGroups(['A'], Uint8Array.of(0, 0), [0, 0])[0]!.revenueShare).toBe(0);
});
