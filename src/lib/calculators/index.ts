/**
 * The calculator registry: every calculator the site has, by id. Pages, MDX components, links and
 * build-time checks all start here (src/components/calculators.ts maps the same ids to wrappers).
 */
import type { ParamSpecs } from '../share/codec';
import { CALCULATOR_IDS, isCalculatorId, type CalculatorId } from './ids';
import type { CalculatorLink } from './link';
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
} as const satisfies { [Id in CalculatorId]: { id: Id } };

export type SpecOf<Id extends CalculatorId> = (typeof CALCULATOR_SPECS)[Id];
export { CALCULATOR_IDS, isCalculatorId, type CalculatorId };
export { calculatorHref, type CalculatorLink } from './link';

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
