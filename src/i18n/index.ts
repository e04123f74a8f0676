import strings from './zh-CN.json';

export type MessageKey = keyof typeof strings;
type Params = Record<string, string | number>;

/**
 * Looks up a UI string and fills its `{name}` placeholders.
 * Throws on a key that is missing at run time (a typo that slipped past the type checker,
 * e.g. a key built from data) and on a placeholder left without a value.
 * @example t('chapter.label', { n: 1 }) // '第 1 章'
 */
export function t(key: MessageKey, params: Params = {}): string {
	const table: Record<string, string> = strings;
	if (!Object.hasOwn(table, key)) throw new Error(`i18n: missing key "${key}" in zh-CN.json`);
	return table[key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!Object.hasOwn(params, name)) throw new Error(`i18n: "${key}" needs a value for {${name}}`);
		return String(params[name]);
	});
}
