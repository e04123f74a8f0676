/**
 * Reading a customer table (id, recency in days, frequency, monetary) typed, pasted from a
 * spreadsheet or loaded from a CSV file, into columns. Bad cells are named by line and column and
 * their rows left out; every other row is kept. Never throws.
 */
import { parseNumber, type FieldSpec, type IssueCode } from './parse';

export interface CustomerColumns {
	ids: string[];
	recency: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
}

/** The three number columns after the id, in order. */
export const CUSTOMER_SPECS: readonly FieldSpec[] = [
	{ kind: 'integer', min: 0, max: 100_000 },
	{ kind: 'integer', min: 0, max: 1e9 },
	{ kind: 'money', min: 0, max: 1e13 },
];

export type CustomerIssueCode = IssueCode | 'missing-column' | 'extra-column' | 'empty-id';

export interface CustomerIssue {
	/** 1-based line of the text. */
	line: number;
	/** 0 = id, 1 = recency, 2 = frequency, 3 = monetary (also in a two-column table), 4 = a cell too many. */
	column: number;
	codes: CustomerIssueCode[];
}

export interface CustomerRead {
	columns: CustomerColumns;
	/** True when the first line was a header (its number cells were all text) and was skipped. */
	header: boolean;
	/** True for a two-column table (id, monetary): enough for ABC and the pyramid, not for RFM (recency and frequency read as 0). */
	amountsOnly: boolean;
	/** Rows left out because a cell was bad. */
	badRows: number;
	/** The first {@link MAX_ISSUES} problems, in line order. */
	issues: CustomerIssue[];
}

export const MAX_ISSUES = 100;
/** More rows than this are refused whole rather than freezing the tab. */
export const MAX_CUSTOMERS = 2_000_000;

/**
 * Splits the text into lines and cells (tab, comma, Chinese comma, semicolon or spaces, whichever the
 * first line uses; double quotes around a comma cell are honoured) and parses each number cell.
 * @example readCustomers('id,R,F,M\nC1,5,10,1200').columns.monetary // Float64Array [1200]
 */
export function readCustomers(text: string): CustomerRead | { tooMany: true } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines = lineStarts(body);
	if (lines.length / 2 > MAX_CUSTOMERS + 1) return { tooMany: true };
	let l = 0;
	while (l < lines.length && body.slice(lines[l]!, lines[l + 1]!).trim() === '') l += 2;
	const firstLine = l < lines.length ? body.slice(lines[l]!, lines[l + 1]!) : '';
	const { split, delimiter } = splitterFor(firstLine);
	const amountsOnly = split(firstLine).filter((c) => c.trim() !== '').length === 2;
	const fields = amountsOnly ? [2] : [0, 1, 2];
	const header = l < lines.length && isHeader(split(firstLine), fields);
	if (header) l += 2;
	const capacity = (lines.length - l) / 2;
	const out: Row = {
		ids: [],
		recency: new Float64Array(capacity),
		frequency: new Float64Array(capacity),
		monetary: new Float64Array(capacity),
		n: 0,
	};
	const issues: CustomerIssue[] = [];
	let badRows = 0;
	for (; l < lines.length; l += 2) {
		const start = lines[l]!;
		const end = lines[l + 1]!;
		if (delimiter >= 0 && !amountsOnly && readFast(body, start, end, delimiter, out)) continue;
		const line = body.slice(start, end);
		if (line.trim() === '') continue;
		const problems = readSlow(split(line), l / 2 + 1, fields, out);
		if (problems.length > 0) {
			badRows++;
			for (const p of problems) if (issues.length < MAX_ISSUES) issues.push(p);
		}
	}
	if (out.n > MAX_CUSTOMERS) return { tooMany: true };
	const columns = {
		ids: out.ids,
		recency: out.recency.slice(0, out.n),
		frequency: out.frequency.slice(0, out.n),
		monetary: out.monetary.slice(0, out.n),
	};
	return { columns, header, amountsOnly, badRows, issues };
}

interface Row extends CustomerColumns {
	n: number;
}

/** Start and end (without the line break) of every line, flattened: [s0, e0, s1, e1, …]. */
function lineStarts(text: string): number[] {
	const bounds: number[] = [];
	let start = 0;
	for (;;) {
		const nl = text.indexOf('\n', start);
		const end = nl < 0 ? text.length : nl;
		bounds.push(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
		if (nl < 0) return bounds;
		start = nl + 1;
	}
}

const DECIMALS = [0, 0, 2];

/**
 * The common case without allocating a cell: `id,12,3,456.78` with plain ASCII digits. Anything else
 * (spaces, quotes, ¥, full-width digits, a bad cell) returns false and goes to {@link readSlow}.
 */
function readFast(text: string, start: number, end: number, delimiter: number, out: Row): boolean {
	const idEnd = text.indexOf(String.fromCharCode(delimiter), start);
	if (
		idEnd <= start ||
		idEnd >= end ||
		text.charCodeAt(start) === 32 ||
		text.charCodeAt(idEnd - 1) === 32 ||
		text.charCodeAt(start) === 34
	)
		return false;
	let p = idEnd + 1;
	const values = [0, 0, 0];
	for (let j = 0; j < 3; j++) {
		let digits = 0;
		let whole = 0;
		let decimals = -1;
		for (; p < end; p++) {
			const c = text.charCodeAt(p);
			if (c >= 48 && c <= 57) {
				whole = whole * 10 + (c - 48);
				digits++;
				if (decimals >= 0) decimals++;
			} else if (c === 46 && decimals < 0 && digits > 0) decimals = 0;
			else if (c === delimiter) break;
			else return false;
		}
		if (digits === 0 || digits > 15 || decimals === 0 || decimals > DECIMALS[j]!) return false;
		// The first two cells end at a delimiter, the last at the end of the line.
		if (j < 2 ? p >= end : p < end) return false;
		const value = decimals > 0 ? whole / 10 ** decimals : whole;
		if (value > CUSTOMER_SPECS[j]!.max!) return false;
		values[j] = value;
		p++;
	}
	const k = out.n++;
	out.ids.push(text.slice(start, idEnd));
	out.recency[k] = values[0]!;
	out.frequency[k] = values[1]!;
	out.monetary[k] = values[2]!;
	return true;
}

/**
 * Any line, cell by cell, with every problem named; a good row is appended to `out`. `fields` are the
 * number columns present after the id (0 recency, 1 frequency, 2 monetary); absent ones read as 0.
 */
function readSlow(
	cells: string[],
	line: number,
	fields: readonly number[],
	out: Row,
): CustomerIssue[] {
	const problems: CustomerIssue[] = [];
	const id = (cells[0] ?? '').trim();
	if (id === '') problems.push({ line, column: 0, codes: ['empty-id'] });
	const parsed = [0, 0, 0];
	fields.forEach((field, j) => {
		const cell = cells[j + 1];
		if (cell === undefined) {
			problems.push({ line, column: field + 1, codes: ['missing-column'] });
			return;
		}
		const p = parseNumber(cell, CUSTOMER_SPECS[field]!);
		if (p.ok) parsed[field] = p.value;
		else problems.push({ line, column: field + 1, codes: p.issues });
	});
	if (cells.slice(fields.length + 1).some((c) => c.trim() !== ''))
		problems.push({ line, column: 4, codes: ['extra-column'] });
	if (problems.length > 0) return problems;
	const k = out.n++;
	out.ids.push(id);
	out.recency[k] = parsed[0]!;
	out.frequency[k] = parsed[1]!;
	out.monetary[k] = parsed[2]!;
	return problems;
}

function isHeader(cells: string[], fields: readonly number[]): boolean {
	return (
		cells.length > fields.length &&
		fields.every(
			(field, j) =>
				!parseNumber(cells[j + 1]!, CUSTOMER_SPECS[field]!).ok && !/\d/.test(cells[j + 1]!),
		)
	);
}

/** Picks how the first line separates its cells; `delimiter` is its char code, or −1 for spaces. */
function splitterFor(line: string): { split: (line: string) => string[]; delimiter: number } {
	for (const d of ['\t', ',', '\uFF0C', ';', '\uFF1B']) {
		if (!line.includes(d)) continue;
		const split =
			d === ','
				? (l: string) => (l.includes('"') ? splitQuoted(l) : l.split(','))
				: (l: string) => l.split(d);
		return { split, delimiter: d.charCodeAt(0) };
	}
	return { split: (l) => l.trim().split(/\s+/), delimiter: -1 };
}

/** Splits a comma line where cells may be quoted ("1,200" or "say ""hi"""). */
function splitQuoted(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			cells.push(cell);
			cell = '';
		} else cell += c;
	}
	cells.push(cell);
	return cells;
}

/**
 * The table as text that {@link readCustomers} reads back: a header line, then one line per customer.
 * @example customersText({ ids: ['C1'], recency: Float64Array.of(5), frequency: Float64Array.of(2), monetary: Float64Array.of(99.5) }) // 'id,recency,frequency,monetary\nC1,5,2,99.5'
 */
export function customersText(
	c: CustomerColumns,
	header = 'id,recency,frequency,monetary',
): string {
	const lines = [header];
	for (let i = 0; i < c.ids.length; i++)
		lines.push(`${c.ids[i]},${c.recency[i]},${c.frequency[i]},${c.monetary[i]}`);
	return lines.join('\n');
}
