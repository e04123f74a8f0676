import strings from './zh-CN.json';
import { lookup } from './fill';

export type MessageKey = keyof typeof strings;
export type Strings = Partial<Record<MessageKey, string>>;
type Params = Record<string, string | number>;

/**
 * Looks up a UI string and fills its `{name}` placeholders.
 * Throws on a key that is missing at run time (a typo that slipped past the type checker,
 * e.g. a key built from data) and on a placeholder left without a value.
 * @example t('chapter.label', { n: 1 }) // '第 1 章'
 */
export function t(key: MessageKey, params: Params = {}): string {
	return lookup(strings, key, params);
}

/**
 * The strings whose keys start with one of `prefixes`: what a calculator wrapper hands to its island,
 * so the browser downloads only the text that calculator shows.
 */
export function pickStrings(prefixes: readonly string[]): Strings {
	return Object.fromEntries(
		Object.entries(strings).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
	);
}
