import { expect, test } from 'vitest';
import { formatNumber, formatYuan } from '../../src/lib/format/number';
import { median } from './median';

/**
 * Formatting a 100-year CLV schedule (600 numbers: six columns of money and factors) per
 * keystroke: the cached Intl.NumberFormat formatter in src/lib/format/number.ts against the
 * hand-written one it replaced (kept below only for this comparison). Prints the medians of
 * RUNS runs; the unit tests in test/lib/format are the spec both must meet.
 */
const RUNS = 15;

// ---- the hand-written formatter, as it was before Intl (2026-12-03) ----
/** |value| rounded to `digits` decimals, as a plain decimal string. */
function roundDecimal(abs: number, digits: number): string {
	const written = String(abs);
	if (/e/i.test(written)) return abs.toFixed(digits);
	const [integer = '0', fraction = ''] = written.split('.');
	if (fraction.length <= digits)
		return digits > 0 ? `${integer}.${fraction.padEnd(digits, '0')}` : integer;
	let scaled = BigInt(integer + fraction.slice(0, digits));
	if (fraction[digits]! >= '5') scaled += 1n;
	const text = scaled.toString().padStart(digits + 1, '0');
	return digits > 0 ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}

/** Negative zero after rounding ("-¥0.00") reads as a loss that is not there. */
function fixed(value: number, digits: number): { negative: boolean; text: string } {
	const text = roundDecimal(Math.abs(value), digits);
	return { negative: value < 0 && /[1-9]/.test(text), text };
}

const group = (integer: string) => integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function grouped(text: string): string {
	const [integer = '0', fraction] = text.split('.');
	return fraction === undefined ? group(integer) : `${group(integer)}.${fraction}`;
}

/**
 * Yuan with two decimals.
 * @example formatYuan(8539.073259) // '¥8,539.07'
 * @example formatYuan(-500) // '-¥500.00'
 */
function handYuan(value: number): string {
	const { negative, text } = fixed(value, 2);
	return `${negative ? '-' : ''}¥${grouped(text)}`;
}

/**
 * A plain number with grouping and `minDigits` … `maxDigits` decimals (trailing zeros dropped).
 * @example formatNumber(18.0781465, 2) // '18.08'
 */
function handNumber(value: number, maxDigits = 2, minDigits = 0): string {
	const { negative, text } = fixed(value, maxDigits);
	let trimmed = text;
	if (maxDigits > minDigits && trimmed.includes('.')) {
		const [integer, fraction = ''] = trimmed.split('.');
		const kept = fraction.replace(/0+$/, '').padEnd(minDigits, '0');
		trimmed = kept ? `${integer}.${kept}` : integer!;
	}
	return `${negative ? '-' : ''}${grouped(trimmed)}`;
}

// ---- end ----

const values = Array.from({ length: 600 }, (_, i) => (i % 2 ? -1 : 1) * (i * 1234.5678 + 0.005));

function time(format: () => void): number {
	const runs: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		const start = performance.now();
		for (let k = 0; k < 20; k++) format();
		runs.push((performance.now() - start) / 20);
	}
	return median(runs);
}

test('600 numbers: Intl (cached) against the hand-written formatter', () => {
	for (const x of values) {
		expect(formatYuan(x)).toBe(handYuan(x));
		expect(formatNumber(x, 4)).toBe(handNumber(x, 4));
	}
	const intl = time(() => values.forEach((x) => (formatYuan(x), formatNumber(x, 4, 4))));
	const hand = time(() => values.forEach((x) => (handYuan(x), handNumber(x, 4, 4))));
	console.log(
		`format 600 numbers × 2: Intl cached ${intl.toFixed(3)} ms, hand-written ${hand.toFixed(3)} ms (median of ${RUNS}; ${(hand / intl).toFixed(2)}× )`,
	);
});
