/**
 * The calculators' ids, light enough for any page to import (the registry in ./index.ts, which
 * holds every spec and reader, must match it exactly: tsc checks both ways).
 */
export const CALCULATOR_IDS = [
	'clv',
	'satisfaction',
	'loyalty',
	'lifecycle',
	'segmentation',
] as const;

export type CalculatorId = (typeof CALCULATOR_IDS)[number];

export const isCalculatorId = (id: string): id is CalculatorId =>
	(CALCULATOR_IDS as readonly string[]).includes(id);
