import type { MessageKey, Strings } from '.';
import { lookup } from './fill';

/**
 * The same typed t() for islands, reading the strings their wrapper passed in (see pickStrings),
 * so zh-CN.json is not bundled into the browser's JavaScript.
 */
let table: Strings = {};

/**
 * Called by an island's root component with its `strings` prop, before anything renders text.
 * Merges, so two calculators on one page each keep their own strings.
 */
export function installStrings(strings: Strings): void {
	table = { ...table, ...strings };
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return lookup(table as Record<string, string>, key, params);
}
