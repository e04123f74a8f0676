/**
 * The calculator registry: every calculator the site has, by id. Pages, MDX components, links and
 * build-time checks all start here (src/components/calculators.ts maps the same ids to wrappers).
 */
import type { ParamSpecs, StateOf } from '../share/codec';
import { CLV } from './clv';
import { LIFECYCLE } from './lifecycle';
import { LOYALTY } from './loyalty';
import { SATISFACTION } from './satisfaction';
import { SEGMENTATION } from './segmentation';

export const CALCULATOR_SPECS = {
	clv: CLV,
	satisfaction: SATISFACTION,
	loyalty: LOYALTY,
	lifecycle: LIFECYCLE,
	segmentation: SEGMENTATION,
} as const;

export type CalculatorId = keyof typeof CALCULATOR_SPECS;
export type SpecOf<Id extends CalculatorId> = (typeof CALCULATOR_SPECS)[Id];

export const CALCULATOR_IDS = Object.keys(CALCULATOR_SPECS) as CalculatorId[];
export const isCalculatorId = (id: string): id is CalculatorId =>
	Object.hasOwn(CALCULATOR_SPECS, id);

/** A link that opens a calculator on given numbers; its parameters are the spec's, checked by tsc. */
export type CalculatorLink = {
	[Id in CalculatorId]: { tool: Id; query: Partial<StateOf<SpecOf<Id>['params']>> };
}[CalculatorId];

/** The site path of a calculator link, its parameters in the spec's order: 'tools/clv/?model=…'. */
export function calculatorHref({ tool, query }: CalculatorLink): string {
	const params = new URLSearchParams();
	const given = query as Record<string, string | undefined>;
	for (const key of Object.keys(CALCULATOR_SPECS[tool].params)) {
		const value = given[key];
		if (value !== undefined) params.set(key, value);
	}
	const search = params.toString();
	return `tools/${tool}/${search === '' ? '' : `?${search}`}`;
}

/**
 * Reads a site path such as 'tools/clv/?model=discounted&co=500' (an instructor's pasted link):
 * null unless it names a calculator; parameters the calculator does not have, and its data
 * parameters (which never travel in a query), are dropped.
 */
export function readCalculatorPath(path: string): CalculatorLink | null {
	const match = /^tools\/([a-z]+)\/(?:\?([^#]*))?$/.exec(path);
	if (!match || !isCalculatorId(match[1]!)) return null;
	const tool = match[1];
	const specs: ParamSpecs = CALCULATOR_SPECS[tool].params;
	const query: Record<string, string> = {};
	for (const [key, value] of new URLSearchParams(match[2] ?? ''))
		if (Object.hasOwn(specs, key) && !specs[key]!.fragment) query[key] = value;
	return { tool, query } as CalculatorLink;
}
