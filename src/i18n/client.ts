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

/** Where a page puts the strings of its calculators, once however many it embeds. */
const PAGE_STRINGS = 'script[type="application/json"][data-strings]';
const read = new WeakSet<Element>();

/**
 * The strings a page carries for its islands (see CalculatorHost.astro): merged into the table,
 * each block read once. On the server there is no page, and the host installs them directly.
 */
export function installPageStrings(): void {
	if (typeof document === 'undefined') return;
	for (const block of document.querySelectorAll(PAGE_STRINGS)) {
		if (read.has(block)) continue;
		read.add(block);
		try {
			installStrings(JSON.parse(block.textContent ?? '{}') as Strings);
		} catch {
			// A block is written by the build from zh-CN.json; a broken one leaves the keys missing,
			// which t() reports by name.
		}
	}
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return lookup(table as Record<string, string>, key, params);
}
