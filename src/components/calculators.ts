import type { CalculatorId } from '../lib/calculators';
import { CALCULATOR_SPECS } from '../lib/calculators';
import ClvCalculator from './ClvCalculator.astro';
import LifecycleCalculator from './LifecycleCalculator.astro';
import LoyaltyCalculator from './LoyaltyCalculator.astro';
import SatisfactionCalculator from './SatisfactionCalculator.astro';
import SegmentationCalculator from './SegmentationCalculator.astro';

/**
 * The wrapper of each calculator in the registry (src/lib/calculators), by the same id; a
 * calculator added there and not here fails to compile. content/tools/<id>.mdx explains it.
 */
export const CALCULATORS = {
	clv: ClvCalculator,
	satisfaction: SatisfactionCalculator,
	loyalty: LoyaltyCalculator,
	lifecycle: LifecycleCalculator,
	segmentation: SegmentationCalculator,
} satisfies Record<CalculatorId, unknown>;

/** The same wrappers under the names MDX uses (`<ClvCalculator … />`), from each spec. */
export const CALCULATOR_COMPONENTS = Object.fromEntries(
	Object.values(CALCULATOR_SPECS).map((spec) => [spec.component, CALCULATORS[spec.id]]),
);

export { isCalculatorId } from '../lib/calculators';
