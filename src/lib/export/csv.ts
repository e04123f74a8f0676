/** A byte-order mark: without it Excel opens UTF-8 CSV as GBK and the Chinese headers turn to mojibake. */
export const BOM = '\uFEFF';

/**
 * Makes one CSV cell safe: a text cell that starts with = + - @ (or a tab or carriage return, or their
 * full-width forms, or any of these behind zero-width characters) would
 * run as a spreadsheet formula, so it gets a leading apostrophe (as does one starting with an apostrophe,
 * which a spreadsheet would otherwise swallow); quotes, commas and line breaks are
 * quoted. Numbers are written as they are (a negative number is data, not a formula).
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	// A leading apostrophe is itself hidden by spreadsheets, so one that the value really starts with is doubled.
	// The test looks through what a spreadsheet looks through: full-width ＝＋－＠ (NFKC) and zero-width characters.
	const probe = value.normalize('NFKC').replace(/^[\u200B-\u200D\u2060\uFEFF\u00AD]+/, '');
	const safe = /^[=+\-@\t\r']/.test(probe) || /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV document (RFC 4180, CRLF line ends) with a BOM, from a header row and data rows.
 * @example toCsv(['年', '现值'], [[1, 833.33]]) // '\uFEFF年,现值\r\n1,833.33\r\n'
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | null)[])[],
): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
