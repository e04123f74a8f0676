import Callout from './Callout.astro';
import Download from './Download.astro';
import ToolLink from './ToolLink.astro';
import { CALCULATOR_COMPONENTS } from './calculators';

/** Components every chapter, topic and lab can use in MDX without importing them. */
export const mdxComponents = { Callout, Download, ToolLink, ...CALCULATOR_COMPONENTS };
