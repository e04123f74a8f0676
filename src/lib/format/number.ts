/**
 * Display formatting. Rounding happens only here, at display time; the formulas keep full precision.
 * Chinese conventions: ¥ before the amount, comma thousands separators, a minus sign before ¥.
 * Rounds the number as it is written (its shortest decimal form), half away from zero, as a person
 * rounding by hand would: 1.005 → 1.01 (toFixed gives 1.00, rounding the binary value 1.00499…).
 * Intl.NumberFormat does this; each set of options is made once and reused (a 100-year schedule
 * formats 600 numbers per keystroke; test/bench/format.bench.ts measures it).
 */

const formatters = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per set of options, made once: constructing one costs far more than using it. */
function formatter(maxDigits: number, minDigits: number, currency: boolean): Intl.NumberFormat {
	const key = `${maxDigits}:${minDigits}:${currency}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.NumberFormat('zh-CN', {
			...(currency ? { style: 'currency', currency: 'CNY' } : {}),
			minimumFractionDigits: minDigits,
			maximumFractionDigits: maxDigits,
			// Negative zero after rounding ("-¥0.00") reads as a loss that is not there.
			signDisplay: 'negative',
		});
		formatters.set(key, made);
	}
	return made;
}

/**
 * Yuan with two decimals.
 * @example formatYuan(8539.073259) // '¥8,539.07'
 * @example formatYuan(-500) // '-¥500.00'
 */
export function formatYuan(value: number): string {
	return formatter(2, 2, true).format(value);
}

/**
 * A plain number with grouping and `minDigits` … `maxDigits` decimals (trailing zeros dropped).
 * @example formatNumber(18.0781465, 2) // '18.08'
 */
export function formatNumber(value: number, maxDigits = 2, minDigits = 0): string {
	return formatter(maxDigits, Math.min(minDigits, maxDigits), false).format(value);
}

/**
 * A fraction as a percentage.
 * @example formatPercent(0.08) // '8%'
 * @example formatPercent(0.125, 1) // '12.5%'
 */
export function formatPercent(fraction: number, maxDigits = 2): string {
	return `${formatNumber(fraction * 100, maxDigits)}%`;
}

/**
 * A discount or annuity factor with exactly 4 decimals, as printed tables show them.
 * @example formatFactor(0.9259259) // '0.9259'
 */
export function formatFactor(value: number): string {
	return formatNumber(value, 4, 4);
}

/**
 * A raw value for `data-value` attributes and CSV cells: full precision, no grouping, '' for none.
 * @example rawValue(8539.073259047298) // '8539.073259047298'
 */
export function rawValue(value: number | null): string {
	return value === null ? '' : String(value);
}
