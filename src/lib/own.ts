/**
 * A record's own entry for a key that came from outside (a link, a file, stored JSON), never one
 * inherited from Object.prototype: `e=constructor` in a link must find nothing, not a function.
 * @example own({ a: 1 }, 'a') // 1
 * @example own({ a: 1 }, 'constructor') // undefined
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
