/**
 * Calculator state <-> query string. Every input is a string exactly as the person typed it (so a
 * half-typed or wrong value survives a reload with its message); choice parameters only take their
 * listed options. decode(encode(state)) returns the same state.
 */

export interface ParamSpec {
	/** The default used when the parameter is missing (or, for choices, not one of the options). */
	fallback: string;
	options?: readonly string[];
	/** Longest value kept, in characters (default 64; a table parameter needs more). */
	maxLength?: number;
	/**
	 * A person's own data (a pasted customer table): it never goes into the query string, which
	 * servers log and browsers send on as Referer, but only into the fragment (`#data=…`) of a
	 * link the person asks for.
	 */
	fragment?: true;
}

export type ParamSpecs = Record<string, ParamSpec>;
/** A parameter's value: one of its options when it has them (a closed union), else any text. */
export type ValueOf<P extends ParamSpec> = P extends {
	options: readonly (infer O extends string)[];
}
	? O
	: string;
export type StateOf<S extends ParamSpecs> = { -readonly [K in keyof S]: ValueOf<S[K]> };
/** Starting values as a page passes them (checked at build time; see src/lib/calculators/spec.ts). */
export type DefaultsOf<S extends ParamSpecs> = Partial<StateOf<S>>;

/** Longest value kept from a URL, in characters: a crafted link cannot stuff a field with megabytes. */
const MAX_VALUE_LENGTH = 64;

/** `value` clipped to its length, or `fallback` when it is missing or not one of the options. */
function accept(spec: ParamSpec, value: string | null, fallback: string): string {
	if (value === null) return fallback;
	const clipped = Array.from(value)
		.slice(0, spec.maxLength ?? MAX_VALUE_LENGTH)
		.join('');
	if (spec.options && !spec.options.includes(clipped)) return fallback;
	return clipped;
}

/**
 * Reads the state from `?a=1&b=2`; unknown parameters are ignored. A missing parameter takes its
 * value from `base` (a page's own defaults for an embedded calculator), else the spec's fallback;
 * a choice that is not one of its options does the same.
 */
export function decodeState<S extends ParamSpecs>(
	specs: S,
	search: string,
	base?: Partial<StateOf<S>>,
	hash = '',
): StateOf<S> {
	const params = new URLSearchParams(search);
	const inFragment = new URLSearchParams(hash.replace(/^#/, ''));
	const state = {} as StateOf<S>;
	for (const key of Object.keys(specs) as (keyof S & string)[]) {
		// Links made before the fragment rule carried data in the query; they still open.
		const value = (specs[key]!.fragment ? inFragment.get(key) : null) ?? params.get(key);
		const spec = specs[key]!;
		const given: unknown = base?.[key];
		const fallback = typeof given === 'string' ? accept(spec, given, spec.fallback) : spec.fallback;
		state[key] = accept(spec, value, fallback) as StateOf<S>[typeof key];
	}
	return state;
}

/** Writes every parameter but the fragment ones, in the order of `specs`, as `?a=1&b=2`. */
export function encodeState<S extends ParamSpecs>(specs: S, state: StateOf<S>): string {
	const params = new URLSearchParams();
	for (const key of Object.keys(specs) as (keyof S & string)[])
		if (!specs[key]!.fragment) params.set(key, state[key]);
	return `?${params.toString()}`;
}

/** The fragment parameters that have a value, as `#data=…`, or '' when there are none. */
export function encodeFragment<S extends ParamSpecs>(specs: S, state: StateOf<S>): string {
	const params = new URLSearchParams();
	for (const key of Object.keys(specs) as (keyof S & string)[])
		if (specs[key]!.fragment && state[key] !== '') params.set(key, state[key]);
	const text = params.toString();
	return text === '' ? '' : `#${text}`;
}

/** True when a fragment (`#…`) holds one of the fragment parameters, rather than a heading anchor. */
export function hasFragmentState(specs: ParamSpecs, hash: string): boolean {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return Object.keys(specs).some((key) => specs[key]!.fragment && params.has(key));
}

/** The default state of a calculator. */
export function defaultState<S extends ParamSpecs>(specs: S): StateOf<S> {
	return decodeState(specs, '');
}
