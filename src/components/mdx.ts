import Callout from './Callout.astro';
import ClvCalculator from './ClvCalculator.astro';

/** Components every chapter, topic and lab can use in MDX without importing them. */
export const mdxComponents = { Callout, ClvCalculator };
