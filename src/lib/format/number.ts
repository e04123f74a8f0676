/**
 * Display formatting. Rounding happens only here, at display time; the formulas keep full precision.
 * Chinese conventions: ¥ before the amount, comma thousands separators, a minus sign before ¥.
 * Rounds the number as it is written (its shortest decimal form), half away from zero, as
 * Intl.NumberFormat does and as a person rounding by hand would: 1.005 → 1.01 (toFixed gives 1.00,
 * rounding the binary value 1.00499…). Hand-rolled because a 100-year schedule formats 600 numbers
 * per keystroke and Intl is slow at that.
 */

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
export function formatYuan(value: number): string {
	const { negative, text } = fixed(value, 2);
	return `${negative ? '-' : ''}¥${grouped(text)}`;
}

/**
 * A plain number with grouping and `minDigits` … `maxDigits` decimals (trailing zeros dropped).
 * @example formatNumber(18.0781465, 2) // '18.08'
 */
export function formatNumber(value: number, maxDigits = 2, minDigits = 0): string {
	const { negative, text } = fixed(value, maxDigits);
	let trimmed = text;
	if (maxDigits > minDigits && trimmed.includes('.')) {
		const [integer, fraction = ''] = trimmed.split('.');
		const kept = fraction.replace(/0+$/, '').padEnd(minDigits, '0');
		trimmed = kept ? `${integer}.${kept}` : integer!;
	}
	return `${negative ? '-' : ''}${grouped(trimmed)}`;
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
