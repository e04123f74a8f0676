import ClvCalculator from './ClvCalculator.astro';
import LifecycleCalculator from './LifecycleCalculator.astro';
import LoyaltyCalculator from './LoyaltyCalculator.astro';
import SatisfactionCalculator from './SatisfactionCalculator.astro';
import SegmentationCalculator from './SegmentationCalculator.astro';

/** Calculator wrappers by id: content/tools/<id>.mdx explains the calculator with the same id. */
export const CALCULATORS = {
	clv: ClvCalculator,
	satisfaction: SatisfactionCalculator,
	loyalty: LoyaltyCalculator,
	lifecycle: LifecycleCalculator,
	segmentation: SegmentationCalculator,
} as const;
export type CalculatorId = keyof typeof CALCULATORS;
export const isCalculatorId = (id: string): id is CalculatorId => id in CALCULATORS;
