/**
 * The calculator registry: every calculator the site has, by id. Pages, MDX components, links and
 * build-time checks all start here (src/components/calculators.ts maps the same ids to wrappers).
 */
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
