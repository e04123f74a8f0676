/**
 * Links that open a calculator on given numbers. The parameters are typed by each calculator's
 * spec (a type-only import: no reader reaches the page that shows the link).
 */
import type { StateOf } from '../share/codec';
import type { CalculatorId } from './ids';
import type { SpecOf } from './index';

export type CalculatorLink = {
	[Id in CalculatorId]: { tool: Id; query: Partial<StateOf<SpecOf<Id>['params']>> };
}[CalculatorId];

/** The site path of a calculator link: 'tools/clv/?model=discounted&co=500'. */
export function calculatorHref({ tool, query }: CalculatorLink): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query as Record<string, string | undefined>))
		if (value !== undefined) params.set(key, value);
	const search = params.toString();
	return `tools/${tool}/${search === '' ? '' : `?${search}`}`;
}
