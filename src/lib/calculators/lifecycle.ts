/**
 * The lifecycle calculator's spec: its parameters, each number field's kind and range, and the
 * reader that turns a state into the stage model's input (and the optional profit input) or issue
 * codes.
 */
import { toLevels, type LifecycleThresholds } from '../crm/lifecycle';
import { parseNumber, readSeries, splitSeries, type FieldSpec, type IssueCode } from '../crm/parse';
import type { ParamSpecs, StateOf } from '../share/codec';
import { defineCalculator } from './spec';

/**
 * Query parameters of the lifecycle calculator (documented on /tools/lifecycle/): the series `v`
 * (comma-separated, as typed), whether it is levels in percent or amounts with a `potential`, the
 * thresholds in percent, and optional `revenue` and `cost` series.
 */
export const LIFECYCLE_PARAMS = {
	v: { fallback: '10, 20, 35, 55, 75, 85, 90, 88, 70, 50', maxLength: 1000 },
	unit: { fallback: 'percent', options: ['percent', 'amount'] },
	potential: { fallback: '' },
	formation: { fallback: '30' },
	stability: { fallback: '80' },
	drop: { fallback: '10' },
	run: { fallback: '2' },
	revenue: { fallback: '', maxLength: 1000 },
	cost: { fallback: '', maxLength: 1000 },
} as const satisfies ParamSpecs;

export type LifecycleParams = typeof LIFECYCLE_PARAMS;
export type LifecycleState = StateOf<LifecycleParams>;
export type LifecycleUnit = LifecycleState['unit'];

/** A share of the customer's potential demand, typed in percent (0–100 %). */
const LEVEL = { kind: 'percent', min: 0, max: 1, maxDecimals: 4 } as const satisfies FieldSpec;
/** An amount in yuan that cannot be negative (a purchase, the potential demand). */
const AMOUNT = { kind: 'money', min: 0, max: 1e12, maxDecimals: 2 } as const satisfies FieldSpec;
/** Revenue or cost in yuan, one per period (a refund may make it negative). */
const MONEY = { kind: 'money', min: -1e12, max: 1e12, maxDecimals: 2 } as const satisfies FieldSpec;

/** Each item of the series `v`, by `unit`: a level in percent or an amount in yuan. */
export const LIFECYCLE_SERIES = {
	percent: LEVEL,
	amount: AMOUNT,
} as const satisfies Record<LifecycleUnit, FieldSpec>;

/** The other number fields, keyed by their query parameter; for a series, the spec of each item. */
export const LIFECYCLE_FIELDS = {
	potential: AMOUNT,
	formation: LEVEL,
	stability: LEVEL,
	drop: LEVEL,
	run: { kind: 'integer', min: 1, max: 100 },
	revenue: MONEY,
	cost: MONEY,
} as const satisfies Record<string, FieldSpec>;

type NumberParam = 'potential' | 'formation' | 'stability' | 'drop' | 'run';
type MoneyParam = 'revenue' | 'cost';

/** An item of a series that cannot be used: its 0-based position and its codes. */
export interface ItemIssue {
	code: 'item';
	index: number;
	issues: IssueCode[];
}
/** What is wrong with the series `v`: nothing typed, or the items that do not parse. */
export type SeriesIssue = { code: 'empty' } | ItemIssue;
/** What is wrong with `revenue` or `cost`: bad items, or not as many items as `v` has. */
export type MoneyIssue = ItemIssue | { code: 'length-mismatch'; expected: number };

export interface LifecycleIssues {
	v?: SeriesIssue[];
	potential?: IssueCode[];
	formation?: IssueCode[];
	stability?: IssueCode[];
	drop?: IssueCode[];
	run?: IssueCode[];
	revenue?: MoneyIssue[];
	cost?: MoneyIssue[];
}

/** What `stageSeries` takes, plus how amounts became levels. */
export interface LifecycleStagesInput {
	/** One relationship level per period, 0–1 (amounts already divided by the potential). */
	levels: number[];
	thresholds: LifecycleThresholds;
	/** Amounts without a potential: the series' peak that stood in for it; otherwise null. */
	peakAsPotential: number | null;
}

export interface LifecycleForm {
	/** The items of `v` as typed (a chart drag rewrites one of them). */
	items: string[];
	/** Input for the stage model, or null while the series, potential or a threshold is invalid. */
	stages: LifecycleStagesInput | null;
	/** Whether revenue or cost was typed: the page then shows the break-even period. */
	hasMoney: boolean;
	/** Revenue and cost per period, as many as `v`, or null while absent or invalid. */
	profit: { revenue: number[]; cost: number[] } | null;
	issues: LifecycleIssues;
}

const asItems = (found: { index: number; issues: IssueCode[] }[]): ItemIssue[] =>
	found.map(({ index, issues }) => ({ code: 'item', index, issues }));

/**
 * Reads the calculator's typed values. Each parameter is parsed on its own, so a bad revenue item
 * leaves the stages working, and a bad threshold leaves the profit series readable. The potential
 * counts only for amounts (its field is hidden for levels); left empty, the peak stands in for it.
 * @param state the calculator's state, every value as typed
 * @returns the stage model's input, the profit input, and issue codes by parameter
 * @example readLifecycleForm({ ...defaultState(LIFECYCLE_PARAMS), v: '10, 20' }).stages?.levels // [0.1, 0.2]
 */
export function readLifecycleForm(state: LifecycleState): LifecycleForm {
	const issues: LifecycleIssues = {};
	const read = (param: NumberParam): number | null => {
		const parsed = parseNumber(state[param], LIFECYCLE_FIELDS[param]);
		if (parsed.ok) return parsed.value;
		issues[param] = parsed.issues;
		return null;
	};

	const items = splitSeries(state.v);
	const series = readSeries(items, LIFECYCLE_SERIES[state.unit]);
	if (items.length === 0) issues.v = [{ code: 'empty' }];
	else if (series.issues.length > 0) issues.v = asItems(series.issues);
	const amounts = state.unit === 'amount';
	const potential = amounts && state.potential.trim() !== '' ? read('potential') : undefined;
	const formation = read('formation');
	const stability = read('stability');
	const declineDrop = read('drop');
	const minStableRun = read('run');

	const readMoney = (param: MoneyParam): number[] | null => {
		const typed = splitSeries(state[param]);
		const parsed = readSeries(typed, LIFECYCLE_FIELDS[param]);
		const found: MoneyIssue[] = asItems(parsed.issues);
		if (typed.length !== items.length)
			found.push({ code: 'length-mismatch', expected: items.length });
		if (found.length === 0) return parsed.values;
		issues[param] = found;
		return null;
	};
	const hasMoney = state.revenue.trim() !== '' || state.cost.trim() !== '';
	const revenue = hasMoney ? readMoney('revenue') : null;
	const cost = hasMoney ? readMoney('cost') : null;

	let stages: LifecycleStagesInput | null = null;
	if (
		!issues.v &&
		potential !== null &&
		formation !== null &&
		stability !== null &&
		declineDrop !== null &&
		minStableRun !== null
	) {
		const scaled = amounts
			? toLevels(series.values, potential)
			: { levels: series.values, potentialFromPeak: false };
		stages = {
			levels: scaled.levels,
			thresholds: { formation, stability, declineDrop, minStableRun },
			peakAsPotential: amounts && scaled.potentialFromPeak ? Math.max(...series.values) : null,
		};
	}
	return {
		items,
		stages,
		hasMoney,
		profit: revenue && cost ? { revenue, cost } : null,
		issues,
	};
}

export const LIFECYCLE = defineCalculator({
	id: 'lifecycle',
	component: 'LifecycleCalculator',
	idPrefix: 'life',
	strings: ['life.', 'kit.', 'issue.'],
	params: LIFECYCLE_PARAMS,
	check: (state) => readLifecycleForm(state).issues,
});
