/**
 * The loyalty classifier's spec: its parameters, each number field's kind and range, the columns of
 * its customer tables, and the reader that turns a state into each scheme's input or issue codes.
 */
import {
	LOYALTY_INDICATORS,
	type CauseInput,
	type Level,
	type LoyaltyIndicator,
} from '../crm/loyalty';
import { parseNumber, readTable, type FieldSpec, type IssueCode } from '../crm/parse';
import type { ParamSpecs, StateOf } from '../share/codec';
import { decodeList, decodeRows, encodeList, encodeRows } from '../share/rows';
import { loyalty as SAMPLES } from '../../i18n/samples.zh-CN.json';
import { defineCalculator } from './spec';

const TABLE = 2000;
const YES_NO = ['yes', 'no'] as const;
const LEVEL = ['high', 'low'] as const satisfies readonly Level[];

/**
 * Query parameters of the loyalty classifier (documented on /tools/loyalty/): the scheme, that
 * scheme's answers or scores (0–100), thresholds, and a table of customers to compare.
 */
export const LOYALTY_PARAMS = {
	scheme: { fallback: 'cause', options: ['cause', 'matrix', 'dickbasu', 'index'] },
	att: { fallback: 'low', options: LEVEL },
	rep: { fallback: 'high', options: LEVEL },
	alt: { fallback: 'yes', options: YES_NO },
	price: { fallback: 'no', options: YES_NO },
	reward: { fallback: 'no', options: YES_NO },
	s: { fallback: '80' },
	l: { fallback: '30' },
	st: { fallback: '50' },
	lt: { fallback: '50' },
	a: { fallback: '75' },
	pat: { fallback: '25' },
	at: { fallback: '50' },
	pt: { fallback: '50' },
	ix: { fallback: encodeList(['80', '70', '60', '50', '65', '70']), maxLength: 200 },
	iw: { fallback: encodeList(['3', '2', '2', '1', '1', '1']), maxLength: 200 },
	cc: { fallback: encodeRows(SAMPLES.cc), maxLength: TABLE },
	cm: { fallback: encodeRows(SAMPLES.cm), maxLength: TABLE },
	cd: { fallback: encodeRows(SAMPLES.cd), maxLength: TABLE },
} as const satisfies ParamSpecs;

export type LoyaltyParams = typeof LOYALTY_PARAMS;
export type LoyaltyState = StateOf<LoyaltyParams>;
export type LoyaltyScheme = LoyaltyState['scheme'];

/** A score on the 0–100 scale every scheme uses; a threshold is a point on the same scale. */
const SCORE = { kind: 'number', min: 0, max: 100, maxDecimals: 2 } as const satisfies FieldSpec;
/** An indicator's weight in the loyalty index (only its share of the total matters). */
const WEIGHT = { kind: 'number', min: 0, max: 1000, maxDecimals: 4 } as const satisfies FieldSpec;

/** The number fields of the two 2 × 2 schemes, keyed by their query parameter. */
export const LOYALTY_FIELDS = {
	s: SCORE,
	l: SCORE,
	st: SCORE,
	lt: SCORE,
	a: SCORE,
	pat: SCORE,
	at: SCORE,
	pt: SCORE,
} as const satisfies Record<string, FieldSpec>;
export type LoyaltyField = keyof typeof LOYALTY_FIELDS;

/** The index's two lists, one item per indicator: the spec of each item. */
export const LOYALTY_LISTS = { ix: SCORE, iw: WEIGHT } as const satisfies Record<string, FieldSpec>;

/** Columns of the compared customers of a 2 × 2 scheme: name (text), then its two scores. */
export const LOYALTY_TABLES = {
	cm: [null, SCORE, SCORE],
	cd: [null, SCORE, SCORE],
} as const satisfies Record<string, readonly (FieldSpec | null)[]>;

/** The cause scheme's questions; the `cc` table has a name, then one column per question. */
export const CAUSE_QUESTIONS = ['att', 'rep', 'alt', 'price', 'reward'] as const;
export type CauseQuestion = (typeof CAUSE_QUESTIONS)[number];
export type CauseAnswers = Pick<LoyaltyState, CauseQuestion>;

/** Which parameters each 2 × 2 scheme reads: x and y scores, their thresholds, its table. */
export const QUADRANT_SCHEMES = {
	matrix: { x: 's', y: 'l', xt: 'st', yt: 'lt', rows: 'cm' },
	dickbasu: { x: 'a', y: 'pat', xt: 'at', yt: 'pt', rows: 'cd' },
} as const satisfies Record<
	string,
	Record<'x' | 'y' | 'xt' | 'yt', LoyaltyField> & { rows: keyof typeof LOYALTY_TABLES }
>;
export type QuadrantScheme = keyof typeof QUADRANT_SCHEMES;

/** A table cell that cannot be used: its 0-based row and column, and its codes. */
export interface CellIssue<C extends string = IssueCode> {
	code: 'cell';
	row: number;
	column: number;
	issues: C[];
}
/** An item of a list that cannot be used: its 0-based position (the indicator) and its codes. */
export interface ItemIssue {
	code: 'item';
	index: number;
	issues: IssueCode[];
}
/** A cause-table answer that is none of its question's options. */
export type ChoiceIssue = 'not-an-option';

export type LoyaltyIssues = Partial<Record<LoyaltyField, IssueCode[]>> & {
	ix?: ItemIssue[];
	iw?: ItemIssue[];
	cc?: CellIssue<ChoiceIssue>[];
	cm?: CellIssue[];
	cd?: CellIssue[];
};

export interface CauseForm {
	/** The current customer's answers, as the cause classifier takes them. */
	input: CauseInput;
	/** The compared customers' cells as typed: name, then one answer per question. */
	rows: string[][];
	/** Per cell, 'not-an-option' where an answer is none of its question's options, else null. */
	cells: (ChoiceIssue[] | null)[][];
	/** Each compared customer, or null for a row with an answer outside its options. */
	customers: ({ name: string; answers: CauseAnswers; input: CauseInput } | null)[];
}

/** A 2 × 2 scheme's numbers: x is satisfaction or attitude, y loyalty or patronage, all 0–100. */
export interface QuadrantInput {
	x: number;
	y: number;
	xThreshold: number;
	yThreshold: number;
}

export interface QuadrantForm {
	/** The current customer's scores and the thresholds, or null while one of the four is invalid. */
	input: QuadrantInput | null;
	/** The compared customers' cells as typed: name, x, y. */
	rows: string[][];
	/** Issue codes per cell, null where the cell is fine (or the name). */
	cells: (IssueCode[] | null)[][];
	/** Each compared customer's name and scores, a score null where its cell is invalid. */
	customers: { name: string; x: number | null; y: number | null }[];
}

export interface IndexForm {
	/** Each indicator's score and weight as typed, in LOYALTY_INDICATORS order. */
	cells: [score: string, weight: string][];
	/** Issue codes of [score, weight] per indicator, null where fine. */
	cellIssues: (IssueCode[] | null)[][];
	/** Every score (0–100) and weight, or null while one of them is invalid. */
	input: {
		scores: Record<LoyaltyIndicator, number>;
		weights: Record<LoyaltyIndicator, number>;
	} | null;
	/** The repeat-purchase score as a probability 0–1, or null while it is invalid. */
	repeatProbability: number | null;
}

export interface LoyaltyForm {
	cause: CauseForm;
	matrix: QuadrantForm;
	dickbasu: QuadrantForm;
	index: IndexForm;
	issues: LoyaltyIssues;
}

const causeInput = (a: CauseAnswers): CauseInput => ({
	attachment: a.att,
	repeat: a.rep,
	alternatives: a.alt === 'yes',
	priceSensitive: a.price === 'yes',
	rewardDriven: a.reward === 'yes',
});

const pick = <O extends string>(options: readonly O[], value: string | undefined): O | null =>
	options.find((o) => o === value) ?? null;

/** The table's bad cells, listed one by one with their position. */
function cellIssues<C extends string>(cells: readonly (readonly (C[] | null)[])[]): CellIssue<C>[] {
	return cells.flatMap((row, r) =>
		row.flatMap((issues, c) => (issues ? [{ code: 'cell', row: r, column: c, issues }] : [])),
	);
}

function readCause(state: LoyaltyState): CauseForm {
	const rows = decodeRows(state.cc, 1 + CAUSE_QUESTIONS.length);
	const read = rows.map((row) => {
		const answer = (q: CauseQuestion) => row[1 + CAUSE_QUESTIONS.indexOf(q)];
		const typed = {
			att: pick(LOYALTY_PARAMS.att.options, answer('att')),
			rep: pick(LOYALTY_PARAMS.rep.options, answer('rep')),
			alt: pick(LOYALTY_PARAMS.alt.options, answer('alt')),
			price: pick(LOYALTY_PARAMS.price.options, answer('price')),
			reward: pick(LOYALTY_PARAMS.reward.options, answer('reward')),
		};
		const cells = [
			null,
			...CAUSE_QUESTIONS.map((q) => (typed[q] === null ? ['not-an-option' as const] : null)),
		];
		const { att, rep, alt, price, reward } = typed;
		const answers = att && rep && alt && price && reward ? { att, rep, alt, price, reward } : null;
		return { cells, customer: answers && { name: row[0]!, answers, input: causeInput(answers) } };
	});
	return {
		input: causeInput(state),
		rows,
		cells: read.map((r) => r.cells),
		customers: read.map((r) => r.customer),
	};
}

function readQuadrant(
	state: LoyaltyState,
	scheme: QuadrantScheme,
	read: (field: LoyaltyField) => number | null,
): QuadrantForm {
	const keys = QUADRANT_SCHEMES[scheme];
	const [x, y, xThreshold, yThreshold] = [read(keys.x), read(keys.y), read(keys.xt), read(keys.yt)];
	const columns = LOYALTY_TABLES[keys.rows];
	const rows = decodeRows(state[keys.rows], columns.length);
	const table = readTable(rows, columns);
	return {
		input:
			x !== null && y !== null && xThreshold !== null && yThreshold !== null
				? { x, y, xThreshold, yThreshold }
				: null,
		rows,
		cells: table.issues,
		customers: table.values.map(([, rowX = null, rowY = null], i) => ({
			name: rows[i]![0]!,
			x: rowX,
			y: rowY,
		})),
	};
}

function readIndex(state: LoyaltyState): IndexForm {
	const n = LOYALTY_INDICATORS.length;
	const scores = decodeList(state.ix, n);
	const weights = decodeList(state.iw, n);
	const cells = LOYALTY_INDICATORS.map((_, i): [string, string] => [
		scores[i] ?? '',
		weights[i] ?? '',
	]);
	const table = readTable(cells, [LOYALTY_LISTS.ix, LOYALTY_LISTS.iw]);
	const byIndicator = (column: 0 | 1) =>
		Object.fromEntries(LOYALTY_INDICATORS.map((k, i) => [k, table.values[i]![column]!])) as Record<
			LoyaltyIndicator,
			number
		>;
	const repeat = table.values[LOYALTY_INDICATORS.indexOf('repeatPurchase')]![0] ?? null;
	return {
		cells,
		cellIssues: table.issues,
		input: table.complete ? { scores: byIndicator(0), weights: byIndicator(1) } : null,
		repeatProbability: repeat === null ? null : repeat / 100,
	};
}

/** One list's bad items (a column of the index's cells), by indicator position. */
const itemIssues = (cells: readonly (readonly (IssueCode[] | null)[])[], column: 0 | 1) =>
	cells.flatMap((row, index): ItemIssue[] => {
		const issues = row[column];
		return issues ? [{ code: 'item', index, issues }] : [];
	});

/**
 * Reads every scheme's typed values (the build-time check validates all of a page's defaults, not
 * only its scheme's). Each parameter is parsed on its own, and a bad table cell or list item is
 * reported with its position while the rest of the table stays readable.
 * @example readLoyaltyForm({ ...defaultState(LOYALTY_PARAMS), s: '１２０' }).issues // { s: ['above-max'] }
 */
export function readLoyaltyForm(state: LoyaltyState): LoyaltyForm {
	const issues: LoyaltyIssues = {};
	const read = (field: LoyaltyField): number | null => {
		const parsed = parseNumber(state[field], LOYALTY_FIELDS[field]);
		if (parsed.ok) return parsed.value;
		issues[field] = parsed.issues;
		return null;
	};
	const form = {
		cause: readCause(state),
		matrix: readQuadrant(state, 'matrix', read),
		dickbasu: readQuadrant(state, 'dickbasu', read),
		index: readIndex(state),
		issues,
	};
	const found = {
		cc: cellIssues(form.cause.cells),
		cm: cellIssues(form.matrix.cells),
		cd: cellIssues(form.dickbasu.cells),
		ix: itemIssues(form.index.cellIssues, 0),
		iw: itemIssues(form.index.cellIssues, 1),
	};
	if (found.cc.length > 0) issues.cc = found.cc;
	if (found.cm.length > 0) issues.cm = found.cm;
	if (found.cd.length > 0) issues.cd = found.cd;
	if (found.ix.length > 0) issues.ix = found.ix;
	if (found.iw.length > 0) issues.iw = found.iw;
	return form;
}

export const LOYALTY = defineCalculator({
	id: 'loyalty',
	component: 'LoyaltyCalculator',
	idPrefix: 'loy',
	strings: ['loy.', 'kit.', 'issue.'],
	params: LOYALTY_PARAMS,
	check: (state) => readLoyaltyForm(state).issues,
});
