import { expect, test } from 'vitest';
import { randomSource, sampleCustomers } from '../../../src/lib/crm/sample';

test('the same n and seed always give the same customers; another seed gives others', () => {
	expect(sampleCustomers(300, 5)).toEqual(sampleCustomers(300, 5));
	expect(sampleCustomers(300, 6).monetary).not.toEqual(sampleCustomers(300, 5).monetary);
	expect(Array.from({ length: 3 }, randomSource(1))).toEqual(
		Array.from({ length: 3 }, randomSource(1)),
	);
});

test('values a customer base could have: unique padded ids, 0–365 days, at least one purchase, money in cents', () => {
	const c = sampleCustomers(2000, 1);
	expect(new Set(c.ids).size).toBe(2000);
	expect(c.ids[0]).toBe('C0001');
	expect(sampleCustomers(200).ids.at(-1)).toBe('C200');
	for (let i = 0; i < 2000; i++) {
		expect(c.recency[i]).toBeGreaterThanOrEqual(0);
		expect(c.recency[i]).toBeLessThanOrEqual(365);
		expect(Number.isInteger(c.recency[i])).toBe(true);
		expect(c.frequency[i]).toBeGreaterThanOrEqual(1);
		expect(Number.isInteger(c.frequency[i])).toBe(true);
		expect(Math.abs(c.monetary[i]! * 100 - Math.round(c.monetary[i]! * 100))).toBeLessThan(1e-6);
	}
});
