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
	/** 0 = id, 1 = recency, 2 = frequency, 3 = monetary. */
	column: number;
	codes: CustomerIssueCode[];
}

export interface CustomerRead {
	columns: CustomerColumns;
	/** True when the first line was a header (its number cells were all text) and was skipped. */
	header: boolean;
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
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	let first = lines.findIndex((l) => l.trim() !== '');
	const split = splitterFor(first >= 0 ? lines[first]! : '');
	const ids: string[] = [];
	const values = [[], [], []] as number[][];
	const issues: CustomerIssue[] = [];
	let badRows = 0;
	let header = false;
	if (first >= 0 && isHeader(split(lines[first]!))) {
		header = true;
		first++;
	}
	let rows = 0;
	for (let l = Math.max(first, 0); l < lines.length; l++) {
		const line = lines[l]!;
		if (line.length === 0 || line.trim() === '') continue;
		if (++rows > MAX_CUSTOMERS) return { tooMany: true };
		const cells = split(line);
		const problems: CustomerIssue[] = [];
		const id = (cells[0] ?? '').trim();
		if (id === '') problems.push({ line: l + 1, column: 0, codes: ['empty-id'] });
		const parsed: number[] = [];
		for (let j = 0; j < 3; j++) {
			const cell = cells[j + 1];
			if (cell === undefined) {
				problems.push({ line: l + 1, column: j + 1, codes: ['missing-column'] });
				continue;
			}
			const fast = plainNumber(cell, j === 2 ? 2 : 0, CUSTOMER_SPECS[j]!.max!);
			if (fast >= 0) parsed.push(fast);
			else {
				const p = parseNumber(cell, CUSTOMER_SPECS[j]!);
				if (p.ok) parsed.push(p.value);
				else problems.push({ line: l + 1, column: j + 1, codes: p.issues });
			}
		}
		if (cells.length > 4 && cells.slice(4).some((c) => c.trim() !== '')) problems.push({ line: l + 1, column: 4, codes: ['extra-column'] });
		if (problems.length > 0) {
			badRows++;
			for (const p of problems) if (issues.length < MAX_ISSUES) issues.push(p);
			continue;
		}
		ids.push(id);
		values[0]!.push(parsed[0]!);
		values[1]!.push(parsed[1]!);
		values[2]!.push(parsed[2]!);
	}
	const [recency, frequency, monetary] = values.map((v) => Float64Array.from(v)) as [Float64Array, Float64Array, Float64Array];
	return { columns: { ids, recency, frequency, monetary }, header, badRows, issues };
}

/**
 * A cell of plain ASCII digits with at most `decimals` decimals and no more than 15 digits, read
 * without the general parser (which handles full-width digits, ¥, separators …); −1 otherwise.
 */
function plainNumber(cell: string, decimals: number, max: number): number {
	const n = cell.length;
	if (n === 0 || n > 15) return -1;
	let dot = -1;
	for (let i = 0; i < n; i++) {
		const c = cell.charCodeAt(i);
		if (c === 46 && dot < 0 && i > 0) dot = i;
		else if (c < 48 || c > 57) return -1;
	}
	if (dot >= 0 && (dot === n - 1 || n - dot - 1 > decimals)) return -1;
	const v = Number(cell);
	return v <= max ? v : -1;
}

function isHeader(cells: string[]): boolean {
	return cells.length >= 4 && [1, 2, 3].every((j) => !parseNumber(cells[j]!, CUSTOMER_SPECS[j - 1]!).ok && !/\d/.test(cells[j]!));
}

/** Picks how the first line separates its cells. */
function splitterFor(line: string): (line: string) => string[] {
	const trimEnd = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);
	for (const d of ['\t', ',', '\uFF0C', ';', '\uFF1B']) {
		if (!line.includes(d)) continue;
		if (d === ',') return (l) => (l.includes('"') ? splitQuoted(trimEnd(l)) : trimEnd(l).split(','));
		return (l) => trimEnd(l).split(d);
	}
	return (l) => l.trim().split(/\s+/);
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
export function customersText(c: CustomerColumns, header = 'id,recency,frequency,monetary'): string {
	const lines = [header];
	for (let i = 0; i < c.ids.length; i++) lines.push(`${c.ids[i]},${c.recency[i]},${c.frequency[i]},${c.monetary[i]}`);
	return lines.join('\n');
}
