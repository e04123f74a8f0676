/**
 * Display formatting. Rounding happens only here, at display time; the formulas keep full precision.
 * Chinese conventions: ¥ before the amount, comma thousands separators, a minus sign before ¥.
 */

const yuan = new Intl.NumberFormat('zh-CN', {
	style: 'currency',
	currency: 'CNY',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
});

const plainCache = new Map<string, Intl.NumberFormat>();
function plain(min: number, max: number): Intl.NumberFormat {
	const key = `${min}:${max}`;
	let format = plainCache.get(key);
	if (!format) {
		format = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: min, maximumFractionDigits: max });
		plainCache.set(key, format);
	}
	return format;
}

/** Negative zero after rounding ("-¥0.00") reads as a loss that is not there. */
const noNegativeZero = (x: number, digits: number) => (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x);

/**
 * Yuan with two decimals.
 * @example formatYuan(8539.073259) // '¥8,539.07'
 * @example formatYuan(-500) // '-¥500.00'
 */
export function formatYuan(value: number): string {
	return yuan.format(noNegativeZero(value, 2));
}

/**
 * A plain number with grouping and 0 … `maxDigits` decimals (trailing zeros dropped beyond `minDigits`).
 * @example formatNumber(18.0781465, 2) // '18.08'
 */
export function formatNumber(value: number, maxDigits = 2, minDigits = 0): string {
	return plain(minDigits, maxDigits).format(noNegativeZero(value, maxDigits));
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
	return plain(4, 4).format(value);
}

/**
 * A raw value for `data-value` attributes and CSV cells: full precision, no grouping, '' for none.
 * @example rawValue(8539.073259047298) // '8539.073259047298'
 */
export function rawValue(value: number | null): string {
	return value === null ? '' : String(value);
}
