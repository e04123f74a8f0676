/**
 * What every calculator is, in one place: its parameters (the URL codec reads them), and a reader
 * that turns a state into issue codes per parameter. The island, the URL, the exercises' links,
 * the instructor's fixed-number links and the build-time check of what a page passes all use it.
 */
import { decodeState, type ParamSpecs, type StateOf } from '../share/codec';

/** Each parameter that cannot be used as it stands, with its (language-free) issue codes. */
export type FormIssues<K extends string = string> = Partial<Record<K, readonly unknown[]>>;

export interface CalculatorSpec<P extends ParamSpecs = ParamSpecs, Id extends string = string> {
	/** As in content/tools/<id>.mdx, /tools/<id>/ and `data-calculator`. */
	readonly id: Id;
	/** The MDX component that embeds it, for messages. */
	readonly component: string;
	/** Prefix of its element ids when a page gives none. */
	readonly idPrefix: string;
	/** Key prefixes of the UI strings it shows: what its page sends to the browser, once. */
	readonly strings: readonly string[];
	readonly params: P;
	/** The issues of a whole state, by parameter; an absent key means that value is usable. */
	check(state: StateOf<P>): FormIssues<keyof P & string>;
	/** Parameters read elsewhere (a pasted table, parsed by its own engine), not by `check`. */
	readonly uncheckedParams?: readonly (keyof P & string)[];
}

export const defineCalculator = <P extends ParamSpecs, const Id extends string>(
	spec: CalculatorSpec<P, Id>,
) => spec;

/** Props an embedded calculator accepts from a page (besides `defaults`). */
const EMBED_PROPS = new Set(['defaults', 'syncUrl', 'idPrefix', 'headingLevel']);
const ID_PREFIX = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * What is wrong with the props a page gives an embedded calculator, one line per problem, naming
 * the prop (`defaults.Cs`, `headingLevel`): an unknown prop or parameter, a value that is not text,
 * a choice outside its options, a value longer than the parameter keeps, and any parameter the
 * resulting state cannot use (a typo in a number, a value out of range). Empty when all is well.
 */
export function embedProblems(spec: CalculatorSpec, props: Record<string, unknown>): string[] {
	const problems: string[] = [];
	for (const key of Object.keys(props))
		if (!EMBED_PROPS.has(key))
			problems.push(
				`${key}: not a prop of <${spec.component}> (it takes ${[...EMBED_PROPS].join(', ')})`,
			);
	const { idPrefix, headingLevel, syncUrl, defaults = {} } = props;
	if (idPrefix !== undefined && !(typeof idPrefix === 'string' && ID_PREFIX.test(idPrefix)))
		problems.push(`idPrefix: ${JSON.stringify(idPrefix)} is not a lower-case id such as "ch4-ex1"`);
	if (headingLevel !== undefined && headingLevel !== 2 && headingLevel !== 3)
		problems.push(`headingLevel: ${JSON.stringify(headingLevel)} is not 2 or 3`);
	if (syncUrl !== undefined && typeof syncUrl !== 'boolean')
		problems.push(`syncUrl: ${JSON.stringify(syncUrl)} is not true or false`);
	if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) {
		problems.push(`defaults: not an object of parameter values`);
		return problems;
	}
	const given = defaults as Record<string, unknown>;
	const known = Object.keys(spec.params);
	for (const [key, value] of Object.entries(given)) {
		const param = Object.hasOwn(spec.params, key) ? spec.params[key] : undefined;
		if (!param) {
			problems.push(
				`defaults.${key}: not a parameter of <${spec.component}> (its parameters: ${known.join(', ')})`,
			);
		} else if (typeof value !== 'string') {
			problems.push(
				`defaults.${key}: ${JSON.stringify(value)} is not text (write '${String(value)}')`,
			);
		} else if (param.options && !param.options.includes(value)) {
			problems.push(
				`defaults.${key}: "${value}" is not one of ${param.options.map((o) => `"${o}"`).join(', ')}`,
			);
		} else if (Array.from(value).length > (param.maxLength ?? 64)) {
			problems.push(
				`defaults.${key}: longer than the ${param.maxLength ?? 64} characters this parameter keeps`,
			);
		}
	}
	if (problems.length > 0) return problems;
	const state = decodeState(spec.params, '', given as Partial<StateOf<ParamSpecs>>);
	const issues = spec.check(state);
	for (const key of known) {
		const found = issues[key];
		if (found && found.length > 0 && !spec.uncheckedParams?.includes(key))
			problems.push(
				`defaults.${key}: ${JSON.stringify(state[key])} cannot be used (${found.map((i) => JSON.stringify(i)).join(', ')})`,
			);
	}
	return problems;
}

/** The props a page gives an embedded calculator (a wrapper in src/components). */
export interface EmbedProps<P extends ParamSpecs> {
	/** Starting values as query-string text, e.g. { model: 'discounted', co: '500' }. */
	defaults?: Partial<StateOf<P>>;
	/** Keep the inputs in the URL: on for the tool page, off (default) when embedded in a chapter. */
	syncUrl?: boolean;
	idPrefix?: string;
	/** 2 when the calculator sits directly under the page title, 3 inside a section (default). */
	headingLevel?: 2 | 3;
}
