/**
 * The CLV calculator's spec: its parameters, each number field's kind and range, and the reader
 * that turns a state into the models' input or issue codes.
 */
import {
	CLV_LIMITS,
	CLV_MODELS,
	computeClv,
	type ClvInput,
	type ClvModel,
	type ClvResult,
} from '../crm/clv';
import { parseNumber, type FieldSpec, type IssueCode } from '../crm/parse';
import type { Result } from '../result';
import type { ParamSpecs, StateOf } from '../share/codec';
import { defineCalculator } from './spec';

/**
 * Query parameters of the CLV calculator (documented on /tools/clv/ for instructors). Amounts in
 * yuan, r and p in percent. Defaults: the textbook exercise (Co 500, Po 3000, In 1000, Cs 100,
 * r 8 %, n 10) and the Stew Leonard case (100 × 50 × 10).
 */
export const CLV_PARAMS = {
	model: {
		fallback: 'discounted',
		options: ['undiscounted', 'discounted', 'retention', 'infinite', 'spend'],
	},
	co: { fallback: '500' },
	po: { fallback: '3000' },
	in: { fallback: '1000' },
	cs: { fallback: '100' },
	n: { fallback: '10' },
	r: { fallback: '8' },
	p: { fallback: '80' },
	timing: { fallback: 'end', options: ['end', 'mid'] },
	factors: { fallback: 'exact', options: ['exact', 'table'] },
	spend: { fallback: '100' },
	visits: { fallback: '50' },
	years: { fallback: '10' },
} as const satisfies ParamSpecs;

export type ClvParams = typeof CLV_PARAMS;

/** The CLV calculator's number fields, keyed by their query parameter. */
export const CLV_FIELDS = {
	co: { kind: 'money', ...CLV_LIMITS.money },
	po: { kind: 'money', ...CLV_LIMITS.money },
	in: { kind: 'money', ...CLV_LIMITS.money },
	cs: { kind: 'money', ...CLV_LIMITS.money },
	n: { kind: 'integer', ...CLV_LIMITS.years },
	r: { kind: 'percent', ...CLV_LIMITS.discountRate },
	p: { kind: 'percent', ...CLV_LIMITS.retentionRate },
	spend: { kind: 'money', ...CLV_LIMITS.money },
	visits: { kind: 'number', min: 0, max: 100_000, maxDecimals: 2 },
	years: { kind: 'integer', ...CLV_LIMITS.years },
} as const satisfies Record<string, FieldSpec>;

export type ClvField = keyof typeof CLV_FIELDS;
export type ClvIssues = Partial<Record<ClvField, IssueCode[]>>;

const SPEND_FIELDS = ['spend', 'visits', 'years'] as const;
const MODEL_FIELDS = ['co', 'po', 'in', 'cs', 'n', 'r', 'p'] as const;

export interface ClvForm {
	/** Input for the four CLV models, or null while one of their fields is invalid. */
	input: ClvInput | null;
	/** Input for the spend model, or null while one of its fields is invalid. */
	spend: { spendPerVisit: number; visitsPerYear: number; years: number } | null;
	issues: ClvIssues;
}

/**
 * Reads the calculator's typed values. Each field is parsed on its own, so one bad field leaves
 * the others (and the models that do not need it) working.
 */
export function readClvForm(values: StateOf<ClvParams>): ClvForm {
	const { timing, factors } = values;
	const issues: ClvIssues = {};
	const read = (field: ClvField): number | null => {
		const parsed = parseNumber(values[field], CLV_FIELDS[field]);
		if (parsed.ok) return parsed.value;
		issues[field] = parsed.issues;
		return null;
	};
	const [co, po, yearlyIn, cs, n, r, p] = MODEL_FIELDS.map(read);
	const [spend, visits, years] = SPEND_FIELDS.map(read);
	const ready = (...xs: (number | null | undefined)[]) =>
		xs.every((x) => x !== null && x !== undefined);
	return {
		issues,
		input: ready(co, po, yearlyIn, cs, n, r, p)
			? {
					acquisitionCost: co!,
					firstPurchase: po!,
					yearlyRevenue: yearlyIn!,
					yearlyCost: cs!,
					years: n!,
					discountRate: r!,
					retentionRate: p!,
					timing,
					factors,
				}
			: null,
		spend: ready(spend, visits, years)
			? { spendPerVisit: spend!, visitsPerYear: visits!, years: years! }
			: null,
	};
}

/** Every finite and infinite model on the same input, for the comparison table. */
export function clvOutcomes(input: ClvInput): Record<ClvModel, Result<ClvResult, 'diverges'>> {
	return Object.fromEntries(CLV_MODELS.map((m) => [m, computeClv(m, input)])) as Record<
		ClvModel,
		Result<ClvResult, 'diverges'>
	>;
}

export const CLV = defineCalculator({
	id: 'clv',
	component: 'ClvCalculator',
	idPrefix: 'clv',
	strings: ['clv.', 'kit.', 'issue.'],
	params: CLV_PARAMS,
	check: (state) => readClvForm(state).issues,
});
