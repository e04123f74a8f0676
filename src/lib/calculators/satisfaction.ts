/**
 * The satisfaction calculator's spec: its parameters, the kind and range of every number it reads
 * (one-number fields, table columns, lists), and the reader that turns a state into each mode's
 * input or issue codes.
 */
import { satisfaction as SAMPLES } from '../../i18n/samples.zh-CN.json';
import {
	parseNumber,
	readTable,
	type FieldSpec,
	type IssueCode,
	type TableRead,
} from '../crm/parse';
import {
	SERVQUAL_DIMENSIONS,
	type AttributeRow,
	type Scale,
	type ServqualItem,
} from '../crm/satisfaction';
import type { ParamSpecs, StateOf } from '../share/codec';
import { decodeList, decodeRows, encodeList, encodeRows } from '../share/rows';
import { defineCalculator } from './spec';

const TABLE = 2000;

/**
 * Query parameters of the satisfaction calculator (documented on /tools/satisfaction/). Tables
 * travel as rows (see rows.ts), so a link restores a whole table. Defaults are worked examples:
 * the ACSI form with means 8, 7, 9 and weights 0.4, 0.3, 0.3; a 5-point distribution; an NPS survey.
 */
export const SATISFACTION_PARAMS = {
	mode: {
		fallback: 'ratio',
		options: ['ratio', 'index', 'acsi', 'servqual', 'distribution', 'nps'],
	},
	e: { fallback: '8' },
	p: { fallback: '9' },
	band: { fallback: '5' },
	attrs: {
		fallback: encodeRows(SAMPLES.attrs),
		maxLength: TABLE,
	},
	items: {
		fallback: encodeRows(SAMPLES.items),
		maxLength: TABLE,
	},
	smin: { fallback: '1' },
	smax: { fallback: '5' },
	acsi: {
		fallback: encodeRows(SAMPLES.acsi),
		maxLength: TABLE,
	},
	sq: {
		fallback: encodeRows(SAMPLES.sq),
		maxLength: TABLE,
	},
	sqw: { fallback: encodeList(['20', '30', '20', '15', '15']), maxLength: 200 },
	dmin: { fallback: '1' },
	dist: { fallback: encodeList(['2', '3', '10', '25', '10']), maxLength: 400 },
	nps: {
		fallback: encodeList(['0', '0', '0', '0', '0', '5', '5', '10', '10', '20', '10']),
		maxLength: 400,
	},
} as const satisfies ParamSpecs;

export type SatisfactionParams = typeof SATISFACTION_PARAMS;
export type SatisfactionState = StateOf<SatisfactionParams>;
export type SatisfactionMode = SatisfactionState['mode'];

/** The scale acsiIndex works on: item means from 1 to 10. */
export const ACSI_SCALE: Scale = { min: 1, max: 10 };
/** Answers 0, 1, …, 10 to the NPS question. */
export const NPS_POINTS = 11;
/** The numbers of scale points a distribution can have (at most 0–10, the NPS scale). */
export const DISTRIBUTION_POINTS = [3, 4, 5, 6, 7, 9, 10, 11] as const;

/** A score on a scale, within its ends as far as they are known. */
const onScale = (min: number | null, max: number | null): FieldSpec => ({
	kind: 'number',
	maxDecimals: 4,
	...(min === null ? {} : { min }),
	...(max === null ? {} : { max }),
});

/** Every kind of number the calculator reads. */
export const SATISFACTION_FIELDS = {
	/** E or P (one pair, an attribute row, a SERVQUAL item): any scale, not negative. */
	score: { kind: 'number', min: 0, max: 1e6, maxDecimals: 4 },
	/** A weight or an importance: not negative; the formulas normalise, so no upper bound of 1. */
	weight: { kind: 'number', min: 0, max: 1e6, maxDecimals: 4 },
	/** Half-width of the 基本满意 band, typed in percent (5 means C within 0.95–1.05). */
	band: { kind: 'percent', min: 0, max: 0.5 },
	/** The lowest or the highest point of the index's scale. */
	scaleEnd: { kind: 'number', min: -1000, max: 1000, maxDecimals: 2 },
	/** An ACSI item mean. */
	acsiMean: onScale(ACSI_SCALE.min, ACSI_SCALE.max),
	/** How many people gave one answer. */
	count: { kind: 'integer', min: 0, max: 1e9 },
	/** The first point of a distribution's scale. */
	lowest: { kind: 'integer', min: -10, max: 10 },
} as const satisfies Record<string, FieldSpec>;

const F = SATISFACTION_FIELDS;

/** The spec of each one-number parameter. */
export const SATISFACTION_SCALARS = {
	e: F.score,
	p: F.score,
	band: F.band,
	smin: F.scaleEnd,
	smax: F.scaleEnd,
	dmin: F.lowest,
} as const satisfies Partial<Record<keyof SatisfactionParams, FieldSpec>>;

/** Columns of the attribute table: name, E, P, weight (null: a text column). */
export const ATTR_COLUMNS = [null, F.score, F.score, F.weight] as const;
/** Columns of the SERVQUAL items: dimension, item, E, P. */
export const SQ_COLUMNS = [null, null, F.score, F.score] as const;

export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];
/** One of the five standard dimensions (servqual also groups any other code a link carries). */
export const isServqualDimension = (code: string): code is ServqualDimension =>
	(SERVQUAL_DIMENSIONS as readonly string[]).includes(code);

export type ScalarParam = keyof typeof SATISFACTION_SCALARS;
type TableParam = 'attrs' | 'items' | 'acsi' | 'sq';
type ListParam = 'sqw' | 'dist' | 'nps';

/** A table cell that cannot be read: its row and column (from 0) and why. */
export interface CellIssue {
	row: number;
	column: number;
	issues: IssueCode[];
}
/** A list item that cannot be read: its position (from 0) and why. */
export interface ItemIssue {
	index: number;
	issues: IssueCode[];
}
export type SatisfactionIssues = { [K in ScalarParam]?: IssueCode[] } & {
	[K in TableParam]?: CellIssue[];
} & { [K in ListParam]?: ItemIssue[] };

/** A table as typed (each row padded to its columns) and each cell's read, for the RowsEditor. */
export interface TableForm {
	rows: string[][];
	read: TableRead;
}
/** A list as typed (padded to its length) and its items' read, as a table of one row. */
export interface ListForm {
	cells: string[];
	read: TableRead;
}

export interface SatisfactionForm {
	ratio: {
		/** E, P and the band for satisfactionRatio, or null while one is invalid. */
		pair: { expected: number; perceived: number; band: number } | null;
		attrs: TableForm;
		/** The rows and band for attributeTable, or null while a cell or the band is invalid. */
		attributes: { rows: AttributeRow[]; band: number } | null;
	};
	/** `index` for weightedIndex on the typed scale; `acsi` for acsiIndex (always on ACSI_SCALE). */
	index: IndexForm;
	acsi: IndexForm;
	servqual: {
		items: TableForm;
		/** Importance per dimension, in the order of SERVQUAL_DIMENSIONS. */
		weights: ListForm;
		input: { items: ServqualItem[]; weights: Record<string, number> } | null;
	};
	/** Counts per scale point, from `firstPoint` on (distribution), or for 0–10 (NPS). */
	distribution: CountsForm;
	nps: CountsForm;
	issues: SatisfactionIssues;
}
export interface IndexForm {
	table: TableForm;
	/** The score column's spec: within the scale, as far as its ends are valid. */
	scoreSpec: FieldSpec;
	input: { scores: number[]; weights: number[]; scale: Scale } | null;
}
export interface CountsForm {
	list: ListForm;
	/** The counts, or null while one is invalid. */
	counts: number[] | null;
	/** The scale point of the first count, for labels (1 while `dmin` is invalid). */
	firstPoint: number;
	/** The counts and the first scale point for distributionMean or nps, or null while one is invalid. */
	input: { counts: number[]; min: number } | null;
}

const padTo = (cells: readonly string[], length: number) =>
	Array.from({ length }, (_, i) => cells[i] ?? '');
/** Column j of a table whose number cells all parsed. */
const column = (read: TableRead, j: number) => read.values.map((v) => v[j]!);

/**
 * Reads every parameter of a state, each on its own, so one bad field leaves the others (and the
 * modes that do not need it) working. Tables are read cell by cell; a bad cell is reported with
 * its row and column.
 */
export function readSatisfactionForm(state: SatisfactionState): SatisfactionForm {
	const issues: SatisfactionIssues = {};
	const scalar = (param: ScalarParam): number | null => {
		const parsed = parseNumber(state[param], SATISFACTION_SCALARS[param]);
		if (parsed.ok) return parsed.value;
		issues[param] = parsed.issues;
		return null;
	};
	const table = (param: TableParam, columns: readonly (FieldSpec | null)[]): TableForm => {
		const rows = decodeRows(state[param], columns.length);
		const read = readTable(rows, columns);
		const bad = read.issues.flatMap((cells, row) =>
			cells.flatMap((codes, col) => (codes ? [{ row, column: col, issues: codes }] : [])),
		);
		if (bad.length > 0) issues[param] = bad;
		return { rows, read };
	};
	const list = (param: ListParam, cells: string[], spec: FieldSpec): ListForm => {
		const read = readTable(
			[cells],
			cells.map(() => spec),
		);
		const bad = read.issues[0]!.flatMap((codes, index) =>
			codes ? [{ index, issues: codes }] : [],
		);
		if (bad.length > 0) issues[param] = bad;
		return { cells, read };
	};
	const indexForm = (table: TableForm, scoreSpec: FieldSpec, scale: Scale | null): IndexForm => ({
		table,
		scoreSpec,
		input:
			table.read.complete && scale
				? { scores: column(table.read, 1), weights: column(table.read, 2), scale }
				: null,
	});
	const countsForm = (list: ListForm, min: number | null): CountsForm => {
		const counts = list.read.complete ? list.read.values[0]!.map((v) => v!) : null;
		return {
			list,
			counts,
			firstPoint: min ?? 1,
			input: counts && min !== null ? { counts, min } : null,
		};
	};

	const e = scalar('e');
	const p = scalar('p');
	const band = scalar('band');
	const smin = scalar('smin');
	const smax = scalar('smax');
	const dmin = scalar('dmin');
	const attrs = table('attrs', ATTR_COLUMNS);
	const scoreSpec = onScale(smin, smax);
	const items = table('items', [null, scoreSpec, F.weight]);
	const acsi = table('acsi', [null, F.acsiMean, F.weight]);
	const sq = table('sq', SQ_COLUMNS);
	const sqw = list('sqw', padTo(decodeList(state.sqw), SERVQUAL_DIMENSIONS.length), F.weight);
	const distCells = decodeList(state.dist, NPS_POINTS);
	const dist = list('dist', padTo(distCells, Math.max(2, distCells.length)), F.count);
	const npsCounts = list('nps', padTo(decodeList(state.nps, NPS_POINTS), NPS_POINTS), F.count);

	return {
		ratio: {
			pair: e !== null && p !== null && band !== null ? { expected: e, perceived: p, band } : null,
			attrs,
			attributes:
				attrs.read.complete && band !== null
					? {
							rows: attrs.read.values.map((v) => ({
								expected: v[1]!,
								perceived: v[2]!,
								weight: v[3]!,
							})),
							band,
						}
					: null,
		},
		index: indexForm(
			items,
			scoreSpec,
			smin !== null && smax !== null ? { min: smin, max: smax } : null,
		),
		acsi: indexForm(acsi, F.acsiMean, ACSI_SCALE),
		servqual: {
			items: sq,
			weights: sqw,
			input:
				sq.read.complete && sqw.read.complete
					? {
							items: sq.read.values.map((v, i) => ({
								dimension: sq.rows[i]![0]!,
								expected: v[2]!,
								perceived: v[3]!,
							})),
							weights: Object.fromEntries(
								SERVQUAL_DIMENSIONS.map((d, i) => [d, sqw.read.values[0]![i]!]),
							),
						}
					: null,
		},
		distribution: countsForm(dist, dmin),
		nps: countsForm(npsCounts, 0),
		issues,
	};
}

export const SATISFACTION = defineCalculator({
	id: 'satisfaction',
	component: 'SatisfactionCalculator',
	idPrefix: 'sat',
	strings: ['sat.', 'kit.', 'issue.'],
	params: SATISFACTION_PARAMS,
	check: (state) => readSatisfactionForm(state).issues,
});
