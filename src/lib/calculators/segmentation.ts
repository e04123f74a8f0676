/**
 * The segmentation calculator's spec: its parameters, the option fields (RFM bounds, ABC cut-offs,
 * pyramid tier sizes) with their kind and range, and the reader that turns a state into the
 * engine's SegmentOptions and issue codes. The customer table itself is read by its own engine.
 */
import { DEFAULT_ABC } from '../crm/abc';
import { CUSTOMER_SPECS } from '../crm/customers';
import { parseNumber, readSeries, splitSeries, type FieldSpec, type IssueCode } from '../crm/parse';
import { DIMENSIONS, type Dimension, type Thresholds } from '../crm/rfm';
import type { SegmentOptions } from '../crm/segment';
import type { ParamSpecs, StateOf } from '../share/codec';
import { defineCalculator } from './spec';

/**
 * Query parameters of the segmentation calculator (documented on /tools/segmentation/): the method,
 * how RFM scores (quintiles or the bounds `rb`, `fb`, `mb`), the ABC cut-offs `a`, `b` and the
 * pyramid's tier sizes `pyr` in percent, and the table itself in `#data=` (the fragment, which no
 * server sees) only when it is small and the person asks for it (`sample=1` stands for the
 * built-in 200 customers instead).
 */
export const SEGMENTATION_PARAMS = {
	method: { fallback: 'rfm', options: ['rfm', 'abc', 'pyramid'] },
	score: { fallback: 'quintile', options: ['quintile', 'threshold'] },
	rb: { fallback: '7, 30, 60, 120' },
	fb: { fallback: '2, 4, 8, 16' },
	mb: { fallback: '200, 500, 1000, 3000' },
	a: { fallback: '80' },
	b: { fallback: '95' },
	pyr: { fallback: '1, 4, 15' },
	sample: { fallback: '1', options: ['', '1'] },
	data: { fallback: '', maxLength: 4000, fragment: true },
} as const satisfies ParamSpecs;

export type SegmentationParams = typeof SEGMENTATION_PARAMS;
export type SegmentationState = StateOf<SegmentationParams>;
export type SegmentationMethod = SegmentationState['method'];

/** A table travels in the link only up to this many customers (and characters). */
export const MAX_LINK_ROWS = 50;

/** The table to put in the link, or null when it is too large to share that way. */
export function dataForLink(text: string): string | null {
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	// One more line is allowed for a header.
	return lines.length <= MAX_LINK_ROWS + 1 && text.length <= SEGMENTATION_PARAMS.data.maxLength
		? text
		: null;
}

/** A share of customers or of revenue, typed in percent (80 or 80 %), read as a fraction 0–1. */
const SHARE: FieldSpec = { kind: 'percent', min: 0, max: 1 };

/**
 * The option fields, keyed by their query parameter. A bound is typed in its column's units and
 * limits (days, purchases, yuan: the table's own CUSTOMER_SPECS); `pyr` is the spec of each of its
 * three tier sizes.
 */
export const SEGMENTATION_FIELDS = {
	rb: CUSTOMER_SPECS[0]!,
	fb: CUSTOMER_SPECS[1]!,
	mb: CUSTOMER_SPECS[2]!,
	a: SHARE,
	b: SHARE,
	pyr: SHARE,
} as const satisfies Record<string, FieldSpec>;

export type SegmentationField = keyof typeof SEGMENTATION_FIELDS;
export type BoundsParam = 'rb' | 'fb' | 'mb';

/** The parameter holding each RFM dimension's four bounds. */
export const BOUNDS_PARAM: Readonly<Record<Dimension, BoundsParam>> = {
	recency: 'rb',
	frequency: 'fb',
	monetary: 'mb',
};

/** Bounds: a number that does not parse (the first one), not four of them, or not ascending. */
export type BoundsIssue = IssueCode | 'bounds-count' | 'bounds-not-ascending';
/** B: its own parse issue, or 'bad-cutoffs' when A and B parse but 0 < A ≤ B fails. */
export type CutoffIssue = IssueCode | 'bad-cutoffs';
/** Tier sizes: a size that does not parse (the first one), not three of them, or over 100 % in all. */
export type TiersIssue = IssueCode | 'pyr-count' | 'pyr-sum';

export interface SegmentationIssues {
	rb?: BoundsIssue[];
	fb?: BoundsIssue[];
	mb?: BoundsIssue[];
	a?: IssueCode[];
	b?: CutoffIssue[];
	pyr?: TiersIssue[];
}

/** What the reader looks at: the options, not the method or the table. */
export type SegmentationOptionState = Pick<
	SegmentationState,
	'score' | 'rb' | 'fb' | 'mb' | 'a' | 'b' | 'pyr'
>;

export interface SegmentationForm {
	/**
	 * Always usable: a field with issues falls back (a dimension with bad bounds to quintiles, a bad
	 * A or B to 80 % or 95 %, bad tier sizes to 1 / 4 / 15 %), so the rest still segments.
	 */
	options: SegmentOptions;
	issues: SegmentationIssues;
}

/** Allowance for sums of typed percentages (1 + 4 + 95 is 100 %, whatever binary makes of it). */
const SUM_EPS = 1e-9;

/**
 * Four strictly ascending bounds, or the issue codes of the first item that does not parse, else
 * 'bounds-count' or 'bounds-not-ascending'.
 * @example readBounds('7，30，60，120', SEGMENTATION_FIELDS.rb) // { ok: true, value: [7, 30, 60, 120] }
 */
export function readBounds(
	text: string,
	spec: FieldSpec,
):
	| { ok: true; value: readonly [number, number, number, number] }
	| { ok: false; issues: BoundsIssue[] } {
	const read = readSeries(splitSeries(text), spec);
	const bad = read.issues[0];
	if (bad) return { ok: false, issues: bad.issues };
	const v = read.values;
	if (v.length !== 4) return { ok: false, issues: ['bounds-count'] };
	const bounds = [v[0]!, v[1]!, v[2]!, v[3]!] as const;
	if (!(bounds[0] < bounds[1] && bounds[1] < bounds[2] && bounds[2] < bounds[3]))
		return { ok: false, issues: ['bounds-not-ascending'] };
	return { ok: true, value: bounds };
}

/**
 * Three tier sizes (top, major, ordinary), together at most 100 %, as the pyramid's cumulative
 * cut-offs: top, top + major, top + major + ordinary (capped at 1).
 * @example readTiers('1, 4, 15') // { ok: true, value: [0.01, 0.05, 0.2] }
 */
export function readTiers(
	text: string,
): { ok: true; value: [number, number, number] } | { ok: false; issues: TiersIssue[] } {
	const read = readSeries(splitSeries(text), SEGMENTATION_FIELDS.pyr);
	const bad = read.issues[0];
	if (bad) return { ok: false, issues: bad.issues };
	const v = read.values;
	if (v.length !== 3) return { ok: false, issues: ['pyr-count'] };
	const [top, major, ordinary] = [v[0]!, v[1]!, v[2]!];
	const all = top + major + ordinary;
	if (all > 1 + SUM_EPS) return { ok: false, issues: ['pyr-sum'] };
	return { ok: true, value: [top, top + major, Math.min(1, all)] };
}

/**
 * Reads the calculator's typed options. The bounds count only when RFM scores by them; A, B and the
 * tier sizes are read whatever the method. Each field is read on its own, so one bad field leaves
 * the others in use.
 */
export function readSegmentationForm(state: SegmentationOptionState): SegmentationForm {
	const issues: SegmentationIssues = {};
	const options: SegmentOptions = {};
	if (state.score === 'threshold') {
		const thresholds: Thresholds = {};
		for (const dimension of DIMENSIONS) {
			const param = BOUNDS_PARAM[dimension];
			const bounds = readBounds(state[param], SEGMENTATION_FIELDS[param]);
			if (bounds.ok) thresholds[dimension] = bounds.value;
			else issues[param] = bounds.issues;
		}
		options.thresholds = thresholds;
	}
	const a = parseNumber(state.a, SEGMENTATION_FIELDS.a);
	const b = parseNumber(state.b, SEGMENTATION_FIELDS.b);
	if (!a.ok) issues.a = a.issues;
	if (!b.ok) issues.b = b.issues;
	if (a.ok && b.ok && !(a.value > 0 && a.value <= b.value)) issues.b = ['bad-cutoffs'];
	const tiers = readTiers(state.pyr);
	if (!tiers.ok) issues.pyr = tiers.issues;
	options.abc = {
		a: a.ok ? a.value : DEFAULT_ABC.a,
		b: b.ok ? b.value : DEFAULT_ABC.b,
		pyramid: tiers.ok ? tiers.value : [...DEFAULT_ABC.pyramid],
	};
	return { options, issues };
}

export const SEGMENTATION = defineCalculator({
	id: 'segmentation',
	component: 'SegmentationCalculator',
	idPrefix: 'seg',
	strings: ['seg.', 'kit.', 'issue.'],
	params: SEGMENTATION_PARAMS,
	check: (state) => readSegmentationForm(state).issues,
	uncheckedParams: ['data'],
});
