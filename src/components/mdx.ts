import Callout from './Callout.astro';
import { CALCULATORS } from './calculators';

/** Components every chapter, topic and lab can use in MDX without importing them. */
export const mdxComponents = {
	Callout,
	ClvCalculator: CALCULATORS.clv,
	SatisfactionCalculator: CALCULATORS.satisfaction,
	LoyaltyCalculator: CALCULATORS.loyalty,
	LifecycleCalculator: CALCULATORS.lifecycle,
	SegmentationCalculator: CALCULATORS.segmentation,
};
