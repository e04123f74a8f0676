import Callout from './Callout.astro';
import Download from './Download.astro';
import ToolLink from './ToolLink.astro';
import { CALCULATORS } from './calculators';

/** Components every chapter, topic and lab can use in MDX without importing them. */
export const mdxComponents = {
	Callout,
	Download,
	ToolLink,
	ClvCalculator: CALCULATORS.clv,
	SatisfactionCalculator: CALCULATORS.satisfaction,
	LoyaltyCalculator: CALCULATORS.loyalty,
	LifecycleCalculator: CALCULATORS.lifecycle,
	SegmentationCalculator: CALCULATORS.segmentation,
};
