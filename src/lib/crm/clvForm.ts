import { CLV_LIMITS, type ClvInput, type FactorMode, type Timing } from './clv';
import { parseNumber, type FieldSpec, type IssueCode } from './parse';

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
export function readClvForm(
	values: Record<ClvField, string>,
	timing: Timing,
	factors: FactorMode,
): ClvForm {
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
