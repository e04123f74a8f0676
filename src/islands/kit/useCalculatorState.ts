import type { Strings } from '../../i18n';
import { installPageStrings, installStrings } from '../../i18n/client';
import type { CalculatorSpec } from '../../lib/calculators/spec';
import { decodeState, type DefaultsOf, type ParamSpecs } from '../../lib/share/codec';
import { useUrlState } from './useUrlState';

/** What every calculator island takes from its wrapper (and from a test). */
export interface CalculatorProps<P extends ParamSpecs> {
	/** UI strings, for a test; on a page they come from the page's strings block, once per page. */
	strings?: Strings | undefined;
	/** Starting values as query-string text (a chapter embeds the calculator on its own example). */
	defaults?: DefaultsOf<P> | undefined;
	/** Keep the inputs in the page's URL (the tool page), or leave the URL alone (embedded). */
	syncUrl?: boolean | undefined;
	/** Prefix for element ids, so two calculators can share a page. */
	idPrefix?: string | undefined;
	/** Level of the calculator's own headings: 2 on the tool page, 3 inside a chapter section. */
	headingLevel?: 2 | 3 | undefined;
}

/**
 * The start of every calculator island: installs its strings, then keeps its state (the page's
 * defaults over the spec's, restored from the URL when synced). Returns the state with its
 * setter, a share-link builder, and the resolved id prefix and heading level.
 */
export function useCalculatorState<P extends ParamSpecs>(
	spec: CalculatorSpec<P>,
	{ strings, defaults, syncUrl = true, idPrefix, headingLevel = 3 }: CalculatorProps<P>,
) {
	if (strings) installStrings(strings);
	else installPageStrings();
	const [state, update, link] = useUrlState(
		spec.params,
		decodeState(spec.params, '', defaults),
		syncUrl,
	);
	return { state, update, link, syncUrl, idPrefix: idPrefix ?? spec.idPrefix, headingLevel };
}
