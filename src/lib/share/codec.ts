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
}

export type ParamSpecs = Record<string, ParamSpec>;
export type StateOf<S extends ParamSpecs> = { [K in keyof S]: string };

/** Longest value kept from a URL, in characters: a crafted link cannot stuff a field with megabytes. */
const MAX_VALUE_LENGTH = 64;

function accept(spec: ParamSpec, value: string | null): string {
	if (value === null) return spec.fallback;
	const clipped = Array.from(value).slice(0, spec.maxLength ?? MAX_VALUE_LENGTH).join('');
	if (spec.options && !spec.options.includes(clipped)) return spec.fallback;
	return clipped;
}

/**
 * Reads the state from `?a=1&b=2`; unknown parameters are ignored. A missing parameter takes its
 * value from `base` (a page's own defaults for an embedded calculator), else the spec's fallback.
 */
export function decodeState<S extends ParamSpecs>(specs: S, search: string, base?: Partial<StateOf<S>>): StateOf<S> {
	const params = new URLSearchParams(search);
	const state = {} as StateOf<S>;
	for (const key of Object.keys(specs) as (keyof S & string)[]) {
		const value = params.get(key);
		state[key] = value === null && base?.[key] !== undefined ? base[key]! : accept(specs[key]!, value);
	}
	return state;
}

/** Writes every parameter, in the order of `specs`, as `?a=1&b=2`. */
export function encodeState<S extends ParamSpecs>(specs: S, state: StateOf<S>): string {
	const params = new URLSearchParams();
	for (const key of Object.keys(specs) as (keyof S & string)[]) params.set(key, state[key]);
	return `?${params.toString()}`;
}

/** The default state of a calculator. */
export function defaultState<S extends ParamSpecs>(specs: S): StateOf<S> {
	return decodeState(specs, '');
}
