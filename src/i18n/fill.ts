/** Fills `{name}` placeholders; throws on a missing key or a placeholder left without a value. */
export function lookup(
	table: Readonly<Record<string, string>>,
	key: string,
	params: Record<string, string | number>,
): string {
	if (!Object.hasOwn(table, key)) throw new Error(`i18n: missing key "${key}" in zh-CN.json`);
	return table[key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!Object.hasOwn(params, name)) throw new Error(`i18n: "${key}" needs a value for {${name}}`);
		return String(params[name]);
	});
}
