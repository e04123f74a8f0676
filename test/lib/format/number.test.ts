import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
	formatFactor,
	formatNumber,
	formatPercent,
	formatYuan,
	rawValue,
} from '../../../src/lib/format/number';

test.each([
	[8539.073259, '¥8,539.07'],
	[11500, '¥11,500.00'],
	[0.005, '¥0.01'],
	[-500, '-¥500.00'],
	[-0.001, '¥0.00'],
	[1234567.891, '¥1,234,567.89'],
])('formatYuan(%d) → %s', (value, text) => {
	expect(formatYuan(value)).toBe(text);
});

test('rounds the number as written, half away from zero: 1.005 → 1.01, -2.675 → -2.68', () => {
	expect(formatYuan(1.005)).toBe('¥1.01');
	expect(formatYuan(-2.675)).toBe('-¥2.68');
	expect(formatNumber(0.00015, 4)).toBe('0.0002');
	expect(formatYuan(999.995)).toBe('¥1,000.00');
	expect(formatYuan(123456789012.345)).toBe('¥123,456,789,012.35');
});

test('numbers, percentages and factors', () => {
	expect(formatNumber(18.0781465, 2)).toBe('18.08');
	expect(formatNumber(3, 2)).toBe('3');
	expect(formatNumber(3, 2, 2)).toBe('3.00');
	expect(formatNumber(-0.0001, 2)).toBe('0');
	expect(formatPercent(0.08)).toBe('8%');
	expect(formatPercent(0.125, 1)).toBe('12.5%');
	expect(formatFactor(0.9259259)).toBe('0.9259');
	expect(formatFactor(1)).toBe('1.0000');
	expect(rawValue(8539.073259047298)).toBe('8539.073259047298');
	expect(rawValue(null)).toBe('');
});

test('formatYuan always shows two decimals and parses back to the rounded value', () => {
	fc.assert(
		fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
			const text = formatYuan(x);
			expect(text).toMatch(/^-?¥[\d,]+\.\d{2}$/);
			const back = Number(text.replace(/[¥,]/g, ''));
			expect(Math.abs(back - x)).toBeLessThanOrEqual(0.005 + 1e-6 * Math.abs(x));
		}),
	);
});

test('formatYuan and formatNumber agree with Intl.NumberFormat (zh-CN) on every value', () => {
	const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
	const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });
	fc.assert(
		fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
			const expectedYuan = yuan.format(x).replace(/^-¥0\.00$/, '¥0.00');
			expect(formatYuan(x)).toBe(expectedYuan);
			expect(formatNumber(x, 4)).toBe(plain.format(x).replace(/^-0$/, '0'));
		}),
	);
});
