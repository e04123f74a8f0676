/**
 * The one shape of a computation that can refuse its input, across src/lib: a value, or the
 * language-free issue codes that say why not (the UI turns codes into Chinese in src/i18n).
 */
export type Result<T, Code> = { ok: true; value: T } | { ok: false; issues: Code[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <Code>(...issues: Code[]): { ok: false; issues: Code[] } => ({
	ok: false,
	issues,
});

/** For the `default` of a switch over a closed union: a new member fails to compile here. */
export function assertNever(value: never): never {
	throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
