/**
 * Formula lines as plain data, so a worked solution can be built in lib and typeset by the page
 * (as MathML, like the calculators' steps). A token is text (a number, a symbol, an operator) or a
 * fraction, power, subscript or sum of tokens.
 */
export type MathToken =
	| string
	| { frac: [MathToken[], MathToken[]] }
	| { sup: [MathToken[], MathToken[]] }
	| { sub: [string, string] }
	| { sum: [MathToken[], MathToken[]] };

export interface SolutionStep {
	/** What the line does: the formula, the numbers put in, an intermediate value, the result. */
	kind: 'formula' | 'substitute' | 'intermediate' | 'result';
	tokens: MathToken[];
}

/** The same line read aloud as text (for aria-label and copying). */
export function mathText(tokens: readonly MathToken[]): string {
	return tokens
		.map((t) => {
			if (typeof t === 'string') return t;
			if ('frac' in t) return `(${mathText(t.frac[0])}) / (${mathText(t.frac[1])})`;
			if ('sup' in t) return `(${mathText(t.sup[0])})^(${mathText(t.sup[1])})`;
			if ('sub' in t) return `${t.sub[0]}${t.sub[1]}`;
			return `Σ[${mathText(t.sum[0])}, ${mathText(t.sum[1])}]`;
		})
		.join(' ');
}
