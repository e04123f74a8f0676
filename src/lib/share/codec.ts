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
export type StateOf<S extends ParamSpecs> = { [K in keyof S]: string };

/** Longest value kept from a URL, in characters: a crafted link cannot stuff a field with megabytes. */
const MAX_VALUE_LENGTH = 64;

function accept(spec: ParamSpec, value: string | null): string {
	if (value === null) return spec.fallback;
	const clipped = Array.from(value)
		.slice(0, spec.maxLength ?? MAX_VALUE_LENGTH)
		.join('');
	if (spec.options && !spec.options.includes(clipped)) return spec.fallback;
	return clipped;
}

/**
 * Reads the state from `?a=1&b=2`; unknown parameters are ignored. A missing parameter takes its
 * value from `base` (a page's own defaults for an embedded calculator), else the spec's fallback.
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
		state[key] =
			value === null && base?.[key] !== undefined ? base[key]! : accept(specs[key]!, value);
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
