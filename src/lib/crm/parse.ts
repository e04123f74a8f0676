/**
 * Turning what a person types into a number, or into language-free issue codes.
 * Never throws; the UI maps codes to Chinese messages in one place (src/i18n/issues.ts).
 */
import { fail, type Result } from '../result';

export type IssueCode =
	| 'empty'
	| 'not-a-number'
	| 'below-min'
	| 'above-max'
	| 'too-many-decimals'
	| 'not-integer'
	| 'unexpected-percent'
	| 'unexpected-currency'
	/** A percent field given a number between 0 and 1 without `%`: 0.08 is more likely 8 % than 0.08 %. */
	| 'fraction-as-percent';

export type FieldKind = 'number' | 'money' | 'percent' | 'integer';

export interface FieldSpec {
	kind: FieldKind;
	/** Smallest accepted value, inclusive, in value units (a fraction for percent fields). */
	min?: number;
	/** Largest accepted value, inclusive, in value units. */
	max?: number;
	/** Decimal places a person may type (in the units they type); defaults by kind. */
	maxDecimals?: number;
}

export type Parsed = Result<number, IssueCode>;

const DEFAULT_DECIMALS: Record<FieldKind, number> = { number: 6, money: 2, percent: 4, integer: 0 };
const MAX_LENGTH = 40;

/**
 * Normalises what a person typed: full-width characters (NFKC: １２３ → 123, ＋－ → +-, ％ → %,
 * ￥ → ¥), the Chinese full stop typed by an IME for a decimal point, the minus sign U+2212,
 * and every kind of space.
 */
export function normaliseInput(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
		.replace(/\u3002/g, '.')
		.replace(/[\s\u00A0\u3000]+/g, '');
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parses a field value.
 * Accepts: full-width digits and signs, thousands separators (`1,000`, `1，000`), `¥`/`元`/`RMB`
 * on money fields, `%` on percent fields (where `8` and `8%` both mean 0.08), surrounding spaces.
 * On a percent field a number between 0 and 1 without `%` (0.08) is refused as ambiguous; 0.08%
 * is 0.0008.
 * Rejects: empty input, anything not a plain decimal number (including `NaN`, `Infinity`, `1e3`),
 * input longer than 40 characters, values outside [min, max], and more decimals than the field allows.
 * @param raw what the person typed
 * @param spec the field's kind and range
 * @returns `{ ok: true, value }` in value units, or `{ ok: false, issues }`
 * @example parseNumber('１，０００元', { kind: 'money' }) // { ok: true, value: 1000 }
 * @example parseNumber('8%', { kind: 'percent' }) // { ok: true, value: 0.08 }
 */
export function parseNumber(raw: string, spec: FieldSpec): Parsed {
	let text = normaliseInput(raw);
	if (text === '') return fail('empty');
	if (text.length > MAX_LENGTH) return fail('not-a-number');

	let sign = 1;
	if (/^[+-]/.test(text)) {
		sign = text.startsWith('-') ? -1 : 1;
		text = text.slice(1);
	}

	const currency = /^(¥|RMB)|(元|¥|RMB)$/i;
	if (currency.test(text)) {
		if (spec.kind !== 'money') return fail('unexpected-currency');
		text = text.replace(/^(¥|RMB)/i, '').replace(/(元|¥|RMB)$/i, '');
	}
	const percentSign = text.endsWith('%');
	if (percentSign) {
		if (spec.kind !== 'percent') return fail('unexpected-percent');
		text = text.slice(0, -1);
	}
	if (/^[+-]/.test(text) && sign === 1) {
		// The sign may follow the currency symbol: ¥-100.
		sign = text.startsWith('-') ? -1 : 1;
		text = text.slice(1);
	}

	if (GROUPED.test(text)) text = text.replace(/,/g, '');
	if (!PLAIN.test(text)) return fail('not-a-number');

	const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
	// At most 40 characters, so always finite.
	const magnitude = Number(text);

	const issues: IssueCode[] = [];
	if (spec.kind === 'integer') {
		if (!Number.isInteger(magnitude)) issues.push('not-integer');
	} else if (decimals > (spec.maxDecimals ?? DEFAULT_DECIMALS[spec.kind])) {
		issues.push('too-many-decimals');
	}

	const typed = sign * magnitude;
	// Asked, not guessed: the result waits until the person says which they meant (8 or 0.08%).
	if (spec.kind === 'percent' && !percentSign && magnitude > 0 && magnitude < 1)
		return fail('fraction-as-percent');
	const value = spec.kind === 'percent' ? percentToFraction(typed, decimals) : typed;
	if (spec.min !== undefined && value < spec.min) issues.push('below-min');
	if (spec.max !== undefined && value > spec.max) issues.push('above-max');
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value === 0 ? 0 : value };
}

/** 8 → 0.08 without binary noise (8 / 100 is exact, but 7 / 100 * 100 is not 7). */
function percentToFraction(percent: number, decimals: number): number {
	return Number((percent / 100).toFixed(Math.min(decimals + 2, 20)));
}

export interface TableRead {
	/** Parsed numbers, or null for text columns and for cells with issues. */
	values: (number | null)[][];
	/** Issue codes per cell, or null where the cell is fine (or a text column). */
	issues: (IssueCode[] | null)[][];
	/** True when every number cell parsed. */
	complete: boolean;
}

/**
 * Parses a table typed by a person, cell by cell: `specs[j]` is the column's FieldSpec, or null for
 * a text column. A bad cell is reported on its own and leaves the rest of the table readable.
 * @example readTable([['服务', '8']], [null, { kind: 'number', min: 1, max: 10 }]).values // [[null, 8]]
 */
export function readTable(
	rows: readonly (readonly string[])[],
	specs: readonly (FieldSpec | null)[],
): TableRead {
	let complete = true;
	const values: (number | null)[][] = [];
	const issues: (IssueCode[] | null)[][] = [];
	for (const row of rows) {
		const v: (number | null)[] = [];
		const i: (IssueCode[] | null)[] = [];
		specs.forEach((spec, j) => {
			if (!spec) {
				v.push(null);
				i.push(null);
				return;
			}
			const parsed = parseNumber(row[j] ?? '', spec);
			v.push(parsed.ok ? parsed.value : null);
			i.push(parsed.ok ? null : parsed.issues);
			if (!parsed.ok) complete = false;
		});
		values.push(v);
		issues.push(i);
	}
	return { values, issues, complete };
}

/**
 * Parses a series of typed items (already split): every item must parse; the issues name the
 * 0-based position of each bad item so the page can say which one.
 * @example readSeries(['10', 'x'], { kind: 'number' }) // { values: [10], issues: [{ index: 1, issues: ['not-a-number'] }] }
 */
export function readSeries(
	items: readonly string[],
	spec: FieldSpec,
): { values: number[]; issues: { index: number; issues: IssueCode[] }[] } {
	const values: number[] = [];
	const issues: { index: number; issues: IssueCode[] }[] = [];
	items.forEach((item, index) => {
		const parsed = parseNumber(item, spec);
		if (parsed.ok) values.push(parsed.value);
		else issues.push({ index, issues: parsed.issues });
	});
	return { values, issues };
}

/**
 * Splits a typed or pasted series into items (commas, Chinese commas, semicolons, 、, spaces, line
 * breaks: a column pasted from a spreadsheet works too).
 * @example splitSeries('10，20; 30\n40') // ['10', '20', '30', '40']
 */
export function splitSeries(text: string): string[] {
	return text.split(/[,，;；、\s]+/).filter((s) => s !== '');
}

/**
 * The value a one-click fix puts in a percent field given 0.08 for 8 %: the typed number × 100,
 * with a % sign ("8%"), exact in decimal; undefined where the issue is another.
 * @example percentFix(['fraction-as-percent'], '0.085') // '8.5%'
 */
export function percentFix(issues: readonly IssueCode[], raw: string): string | undefined {
	if (issues[0] !== 'fraction-as-percent') return undefined;
	const match = /^([+-]?)0*(\d*)\.(\d+)$/.exec(normaliseInput(raw));
	if (!match) return undefined;
	const [, sign, whole, fraction] = match as unknown as [string, string, string, string];
	const digits = `${whole}${fraction.padEnd(2, '0')}`;
	const shifted = `${digits.slice(0, whole.length + 2)}.${digits.slice(whole.length + 2)}`;
	const clean = shifted.replace(/^0+(?=\d)/, '').replace(/\.?0*$/, '');
	return `${sign === '-' ? '-' : ''}${clean}%`;
}
