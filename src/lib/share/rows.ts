/**
 * A table of typed cells in one query parameter: cells joined by `|`, rows by `;`, and a backslash
 * before any `\`, `|` or `;` inside a cell, so every table round-trips exactly.
 * @example encodeRows([['8', '9'], ['7', '6']]) // '8|9;7|6'
 */
export function encodeRows(rows: readonly (readonly string[])[]): string {
	return rows
		.map((row) => row.map((cell) => cell.replace(/[\\|;]/g, (c) => `\\${c}`)).join('|'))
		.join(';');
}

/** Splits encoded text into rows of cells, honouring escapes; no padding. */
function splitRows(text: string): string[][] {
	if (text === '') return [];
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < text.length) {
			cell += text[++i];
		} else if (c === '|') {
			row.push(cell);
			cell = '';
		} else if (c === ';') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else {
			cell += c;
		}
	}
	row.push(cell);
	rows.push(row);
	return rows;
}

/**
 * Reads a table written by encodeRows. Rows are padded or cut to `columns` cells; at most `maxRows`
 * rows are kept (a crafted link cannot build a huge table). An empty string is no rows, so a table
 * needs two or more columns to round-trip a row of empty cells.
 */
export function decodeRows(text: string, columns: number, maxRows = 100): string[][] {
	return splitRows(text)
		.slice(0, maxRows)
		.map((r) => Array.from({ length: columns }, (_, j) => r[j] ?? ''));
}

/** One list of cells (e.g. counts per scale point) in one parameter. */
export function encodeList(cells: readonly string[]): string {
	return encodeRows([cells]);
}

/** Reads a list written by encodeList (two or more cells round-trip exactly), keeping at most `max`. */
export function decodeList(text: string, max = 100): string[] {
	return (splitRows(text)[0] ?? []).slice(0, max);
}
